package csp.enrollment.creditcheck.check;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the credit check ({@code credit-check.*}). How checks are worked (lease,
 * back-off, sweep) is {@code pipeline.work.*}, the same in every service.
 *
 * @param minimumScore the lowest bureau score that passes (0..100)
 * @param overdueAfter a check still undecided this long after it was requested is
 * reported as overdue
 * @param pendingPollInterval how often a bureau whose report is pending is asked again
 */
@ConfigurationProperties(prefix = "credit-check")
public record CreditCheckSettings(@DefaultValue("60") int minimumScore, @DefaultValue("P5D") Duration overdueAfter,
        @DefaultValue("PT1H") Duration pendingPollInterval) {

    CreditPolicy policy() {
        return new CreditPolicy(minimumScore);
    }
}
