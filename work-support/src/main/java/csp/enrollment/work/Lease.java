package csp.enrollment.work;

/**
 * A ticket this instance holds: the token written into it when it was claimed. Finishing
 * the ticket requires the token, so an instance whose lease ran out (and was taken over)
 * cannot overwrite the new holder's result.
 */
record Lease(WorkKind kind, String ref, String token, int failedAttempts, String lastError, String traceparent) {

    PendingWork item() {
        return new PendingWork(kind, ref, failedAttempts, lastError, traceparent);
    }
}
