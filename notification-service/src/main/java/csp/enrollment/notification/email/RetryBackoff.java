package csp.enrollment.notification.email;

import java.time.Duration;

/**
 * How long an e-mail waits after a failed attempt: {@code min} after the first, doubling after
 * each further one, never more than {@code max}. An SMTP outage of days costs at most one attempt
 * per e-mail per {@code max}.
 */
final class RetryBackoff {

    private final Duration min;
    private final Duration max;

    RetryBackoff(Duration min, Duration max) {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("Back-off needs 0 < min <= max, got " + min + " and " + max);
        }
        this.min = min;
        this.max = max;
    }

    /** The wait after {@code attempts} failed attempts (1 for the first failure). */
    Duration delayAfter(int attempts) {
        Duration delay = min;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) < 0 ? delay : max;
    }
}
