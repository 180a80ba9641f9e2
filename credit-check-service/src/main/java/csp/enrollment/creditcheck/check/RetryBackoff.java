package csp.enrollment.creditcheck.check;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a check waits before asking an unreachable bureau again: bounded exponential back-off
 * (initial, initial × multiplier, … never more than max). Bounded so a bureau that comes back
 * after hours is noticed within {@code max}; the check never gives up (the partner is not at fault).
 */
public record RetryBackoff(Duration initial, double multiplier, Duration max) {

    public RetryBackoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || multiplier < 1.0) {
            throw new IllegalArgumentException("Need 0 < initial <= max and multiplier >= 1");
        }
    }

    /** The wait after {@code consecutiveFailures} failed attempts in a row (1 = the first failure). */
    public Duration delayAfter(int consecutiveFailures) {
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("consecutiveFailures starts at 1");
        }
        double millis = initial.toMillis() * Math.pow(multiplier, consecutiveFailures - 1);
        if (millis >= max.toMillis() || Double.isInfinite(millis)) {
            return max;
        }
        return Duration.ofMillis((long) millis);
    }
}
