package csp.enrollment.creditcheck.check;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the credit check ({@code credit-check.*}).
 *
 * @param minimumScore the lowest bureau score that passes (0..100)
 * @param overdueAfter a check still undecided this long after it was requested is reported as overdue
 * @param pendingPollInterval how often a bureau whose report is pending is asked again
 * @param worker how the worker claims due checks
 * @param retry back-off while the bureau is unreachable
 */
@ConfigurationProperties(prefix = "credit-check")
public record CreditCheckSettings(
        @DefaultValue("60") int minimumScore,
        @DefaultValue("P5D") Duration overdueAfter,
        @DefaultValue("PT1H") Duration pendingPollInterval,
        @DefaultValue Worker worker,
        @DefaultValue Retry retry) {

    CreditPolicy policy() {
        return new CreditPolicy(minimumScore);
    }

    RetryBackoff backoff() {
        return new RetryBackoff(retry.initialDelay(), retry.multiplier(), retry.maxDelay());
    }

    /**
     * @param pollInterval pause between two runs of the worker (read by {@code @Scheduled})
     * @param lease how long a claimed check is reserved for one instance; must exceed one bureau call with its retries
     * @param batchSize checks worked at most per run
     */
    public record Worker(
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("2m") Duration lease,
            @DefaultValue("20") int batchSize) {
    }

    /** Bounded exponential back-off between attempts while the bureau is unreachable. */
    public record Retry(
            @DefaultValue("1s") Duration initialDelay,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("5m") Duration maxDelay) {
    }
}
