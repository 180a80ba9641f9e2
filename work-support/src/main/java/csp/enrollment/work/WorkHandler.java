package csp.enrollment.work;

import java.util.List;

/**
 * Does one kind of work. Called with items whose lease this instance holds, right after
 * they were stored and again by the sweep for anything a crash or an outage left behind,
 * so it must be idempotent: it reads the stored state each item refers to and does only
 * what is still to do (an e-mail already marked sent is not sent again; a missing record
 * means there is nothing to do).
 */
public interface WorkHandler {

    WorkKind kind();

    /**
     * Works the items, usually as one batch (one bulk read, one SMTP session, one bulk
     * write), and says what became of each.
     */
    WorkResults work(List<PendingWork> items);

}
