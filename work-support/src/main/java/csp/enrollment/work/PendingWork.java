package csp.enrollment.work;

/**
 * One item of work handed to a {@link WorkHandler}: what it is about ({@code ref}, e.g.
 * an enrollment id or an e-mail id), and how often it failed before.
 *
 * @param failedAttempts attempts that ended in {@link WorkResults#retryLater}; 0 the
 * first time
 * @param lastError why the last attempt failed, or null
 * @param traceparent the trace the work was stored in ({@link WorkTrace}), for what the
 * handler publishes; null for a timer or where the service does not trace
 */
public record PendingWork(WorkKind kind, String ref, int failedAttempts, String lastError, String traceparent) {

    public PendingWork(WorkKind kind, String ref, int failedAttempts, String lastError) {
        this(kind, ref, failedAttempts, lastError, null);
    }
}
