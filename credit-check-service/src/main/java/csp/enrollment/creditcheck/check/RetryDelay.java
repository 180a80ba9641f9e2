package csp.enrollment.creditcheck.check;

import java.time.Duration;

/**
 * How long a check waits before asking an unreachable bureau again, after a number of
 * failed attempts in a row. The service passes the shared bounded back-off of
 * {@code pipeline.work}.
 */
@FunctionalInterface
public interface RetryDelay {

    /**
     * The wait after {@code consecutiveFailures} failed attempts in a row (1 = the first
     * failure).
     */
    Duration after(int consecutiveFailures);

}
