package csp.enrollment.verification.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The relay that publishes output events left unpublished by a crash or a broker outage.
 *
 * @param enabled whether this instance runs the relay
 * @param interval pause between two relay runs
 * @param grace how old an unpublished event must be before the relay takes it (the writer publishes it itself first)
 * @param claimLease how long a claimed case is left to this instance's relay
 * @param initialBackoff wait after the first failed attempt; doubles with each further failure
 * @param maxBackoff the longest wait between two attempts
 * @param batchSize cases relayed per run at most
 */
@ConfigurationProperties("verification.relay")
public record RelaySettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT15S") Duration interval,
        @DefaultValue("PT30S") Duration grace,
        @DefaultValue("PT1M") Duration claimLease,
        @DefaultValue("PT5S") Duration initialBackoff,
        @DefaultValue("PT10M") Duration maxBackoff,
        @DefaultValue("100") int batchSize) {

    /** The wait after {@code failedAttempts} failures in a row: exponential, bounded. */
    Duration backoffAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration backoff = initialBackoff.multipliedBy(1L << doublings);
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
