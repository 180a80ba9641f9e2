package csp.enrollment.work;

/**
 * One item of work handed to a {@link WorkHandler}: what it is about ({@code ref}, e.g. an
 * enrollment id or an e-mail id), and how often it failed before.
 *
 * @param failedAttempts attempts that ended in {@link WorkResults#retryLater}; 0 the first time
 * @param lastError why the last attempt failed, or null
 */
public record PendingWork(WorkKind kind, String ref, int failedAttempts, String lastError) {
}
