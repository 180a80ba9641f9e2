package csp.enrollment.work;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounded exponential back-off: {@code initial}, {@code initial × multiplier}, … never
 * more than {@code max}. Bounded so that a server that comes back after hours is noticed
 * within {@code max}; work never gives up on its own (a partner is not at fault for an
 * outage).
 */
public record Backoff(Duration initial, double multiplier, Duration max) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || multiplier < 1.0) {
            throw new IllegalArgumentException("Back-off needs 0 < initial <= max and multiplier >= 1");
        }
    }

    /**
     * The wait after {@code failures} failed attempts in a row (1 = after the first
     * failure).
     */
    public Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures starts at 1");
        }
        double millis = initial.toMillis() * Math.pow(multiplier, failures - 1);
        return millis >= max.toMillis() || Double.isInfinite(millis) ? max : Duration.ofMillis((long) millis);
    }
}
