package csp.enrollment.notification.progress;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a partner who has not completed the enrollment is reminded
 * ({@code notification.reminder.*}, contract.md §8).
 *
 * @param delay how long after {@code VERIFIED} (indirect reseller) or
 * {@code CREDIT_CHECK_PASSED} (direct bill) the one reminder is due, counted from when
 * that status was reached (the event's {@code occurredAt}); ISO-8601 ({@code P7D}) or
 * Spring's {@code 7d}
 */
@ConfigurationProperties("notification.reminder")
public record ReminderSettings(@DefaultValue("P7D") Duration delay) {

    public ReminderSettings {
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("notification.reminder.delay must be positive, e.g. P7D; was " + delay);
        }
    }
}
