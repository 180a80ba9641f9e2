package csp.enrollment.intake.enrollment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How stored {@code EnrollmentSubmitted} events are published when the first attempt failed.
 *
 * @param pollInterval pause between two runs of the relay
 * @param lease how long an instance owns an event it is publishing; longer than a publish can take
 * @param initialBackoff wait after the first failed attempt
 * @param maxBackoff longest wait between two attempts (the relay never gives up)
 * @param batchSize most events one run publishes
 */
@ConfigurationProperties("intake.outbox")
public record OutboxSettings(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("90s") Duration lease,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("100") int batchSize) {

    /** Wait after {@code failedAttempts} failures: doubling from {@link #initialBackoff}, at most {@link #maxBackoff}. */
    Duration backoffAfter(int failedAttempts) {
        Duration backoff = initialBackoff;
        for (int i = 1; i < failedAttempts && backoff.compareTo(maxBackoff) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(maxBackoff) < 0 ? backoff : maxBackoff;
    }
}
