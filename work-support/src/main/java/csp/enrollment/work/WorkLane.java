package csp.enrollment.work;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leased items of one kind waiting to be worked, and the threads that work them: at
 * most {@code threads} batches at a time, each of up to {@code batchSize} items, so items
 * that arrive together (many requests, one poll of records) are worked together. When the
 * queue is far behind, the caller works a batch itself, which slows whoever produces the
 * work instead of letting leases run out in a queue.
 */
final class WorkLane {

    private static final Logger log = LoggerFactory.getLogger(WorkLane.class);

    private static final int MAX_ERROR_LENGTH = 500;

    private final WorkHandler handler;

    private final Tickets tickets;

    private final WorkSettings settings;

    private final Executor executor;

    private final Clock clock;

    private final WorkMetrics metrics;

    private final ConcurrentLinkedQueue<Lease> queue = new ConcurrentLinkedQueue<>();

    private final AtomicInteger queued = new AtomicInteger();

    private final AtomicInteger active = new AtomicInteger();

    WorkLane(WorkHandler handler, Tickets tickets, WorkSettings settings, Executor executor, Clock clock) {
        this(handler, tickets, settings, executor, clock, WorkMetrics.NONE);
    }

    WorkLane(WorkHandler handler, Tickets tickets, WorkSettings settings, Executor executor, Clock clock,
            WorkMetrics metrics) {
        this.metrics = metrics;
        this.handler = handler;
        this.tickets = tickets;
        this.settings = settings;
        this.executor = executor;
        this.clock = clock;
    }

    WorkKind kind() {
        return handler.kind();
    }

    /** Items waiting in this instance, not yet handed to the handler. */
    int queued() {
        return queued.get();
    }

    /**
     * Drops what waits here unworked, when the queue starts again; the tickets keep the
     * work.
     */
    void forgetQueued() {
        while (queue.poll() != null) {
            queued.decrementAndGet();
        }
    }

    void offer(List<Lease> leases) {
        if (leases.isEmpty()) {
            return;
        }
        queue.addAll(leases);
        int waiting = queued.addAndGet(leases.size());
        if (waiting > settings.batchSize() * settings.threads() * 4) {
            drainOnce();
        }
        spawnIfIdle();
    }

    private void spawnIfIdle() {
        while (!queue.isEmpty()) {
            int running = active.get();
            if (running >= settings.threads()) {
                return;
            }
            if (active.compareAndSet(running, running + 1)) {
                try {
                    executor.execute(this::drain);
                }
                catch (RejectedExecutionException shuttingDown) {
                    active.decrementAndGet();
                }
                return;
            }
        }
    }

    private void drain() {
        try {
            while (drainOnce()) {
                // until the queue is empty
            }
        }
        finally {
            active.decrementAndGet();
        }
        spawnIfIdle();
    }

    /** Works one batch from the queue; false when there was nothing to work. */
    private boolean drainOnce() {
        List<Lease> batch = new ArrayList<>(settings.batchSize());
        Lease next;
        while (batch.size() < settings.batchSize() && (next = queue.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return false;
        }
        queued.addAndGet(-batch.size());
        work(batch);
        return true;
    }

    /** Hands a batch to the handler and stores what became of each item. */
    void work(List<Lease> batch) {
        WorkResults results;
        try {
            results = handler.work(batch.stream().map(Lease::item).toList());
        }
        catch (RuntimeException failed) {
            log.warn("{}: a batch of {} failed, tried again after the back-off: {}", kind(), batch.size(),
                    failed.toString());
            results = new WorkResults();
            for (Lease lease : batch) {
                results.retryLater(lease.ref(), failed.toString());
            }
        }
        settle(batch, results);
    }

    private void settle(List<Lease> batch, WorkResults results) {
        Instant now = clock.instant();
        List<Lease> done = new ArrayList<>();
        Map<Lease, Tickets.Retry> retries = new LinkedHashMap<>();
        for (Lease lease : batch) {
            WorkResults.Outcome outcome = results.outcomeOf(lease.ref());
            if (outcome != null && outcome.done()) {
                done.add(lease);
            }
            else if (outcome != null && outcome.at() != null) {
                retries.put(lease, new Tickets.Retry(outcome.at(), shorten(outcome.error()), false));
            }
            else {
                String error = outcome == null ? "the handler reported no outcome" : outcome.error();
                Instant at = now.plus(settings.backoffOf(kind()).after(lease.failedAttempts() + 1));
                retries.put(lease, new Tickets.Retry(at, shorten(error), true));
            }
        }
        try {
            tickets.complete(done);
            metrics.completed(kind(), done.size());
            tickets.retry(retries);
            metrics.retried(kind(), retries.size());
        }
        catch (RuntimeException storeDown) {
            // The tickets stay leased; when the lease runs out the sweep hands them out
            // again and
            // the idempotent handler finds what is already done.
            log.warn("{}: could not record the outcome of {} item(s): {}", kind(), batch.size(), storeDown.toString());
        }
    }

    private static String shorten(String text) {
        return text == null || text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

}
