package csp.enrollment.work;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Stored work, written once for every service. A use case that stores something needing a
 * follow-up (an event to publish, an e-mail to send, a bureau to ask) does it in three
 * steps:
 * <ol>
 * <li>{@link #reserve} the work: its tickets are written first, already leased to this
 * instance;</li>
 * <li>store its own documents (the source of truth the handler will read);</li>
 * <li>{@link #start} the reservation: the work is done at once, off the caller's
 * thread.</li>
 * </ol>
 * A crash anywhere leaves a ticket behind, which the sweep hands to the handler once its
 * lease ran out; handlers are idempotent, so nothing is lost and nothing is done twice.
 */
public interface WorkQueue {

    /**
     * Writes a ticket per ref, leased to this instance. A ref that already has a ticket
     * (an earlier attempt, a redelivered event) keeps it and is left out: whoever holds
     * it, or the sweep, finishes it.
     */
    Reservation reserve(WorkKind kind, Collection<String> refs);

    /**
     * Hands reserved work to its handler now; returns without waiting unless the handler
     * is far behind.
     */
    void start(Reservation reservation);

    /**
     * Work due only at a given time (a reminder, an overdue report): a durable timer,
     * handed to the handler by the sweep when due. Timers are not cancelled: when the
     * reason is gone (the partner completed), the handler finds nothing to do.
     */
    void schedule(WorkKind kind, Map<String, Instant> dueAt);

    /**
     * Tickets of a kind not done yet: due, waiting for a retry or leased (timers further
     * away not counted).
     */
    long pending(WorkKind kind);

}
