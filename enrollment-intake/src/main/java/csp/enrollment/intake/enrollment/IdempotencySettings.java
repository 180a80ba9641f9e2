package csp.enrollment.intake.enrollment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long intake remembers an idempotency key ({@code intake.idempotency.*},
 * docs/personal-data.md).
 *
 * @param keyRetention how long after the submission a repeated key still finds the
 * enrollment (or the rejection) of the first one; afterwards the key is forgotten and may
 * be used anew. Keep it at least as long as upstream systems may retry, and as the
 * retention of the {@code enrollment.applications} topic
 */
@ConfigurationProperties("intake.idempotency")
public record IdempotencySettings(@DefaultValue("30d") Duration keyRetention) {

    public IdempotencySettings {
        if (keyRetention.isNegative() || keyRetention.isZero()) {
            throw new IllegalArgumentException(
                    "intake.idempotency.key-retention must be positive, e.g. 30d; was " + keyRetention);
        }
    }
}
