package csp.enrollment.notification.email;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the pending e-mails are sent ({@code notification.delivery.*}).
 *
 * @param pollInterval how often the sender looks for due e-mails
 * @param lease        how long one attempt may take before another instance may retry the e-mail;
 *                     keep it well above the SMTP connection and read timeouts
 * @param backoffMin   the wait after the first failed attempt, doubled after each further one
 * @param backoffMax   the longest wait between two attempts
 * @param batchSize    the most e-mails one poll sends
 */
@ConfigurationProperties("notification.delivery")
public record DeliverySettings(@DefaultValue("1s") Duration pollInterval, @DefaultValue("5m") Duration lease,
        @DefaultValue("5s") Duration backoffMin, @DefaultValue("30m") Duration backoffMax,
        @DefaultValue("50") int batchSize) {

    RetryBackoff backoff() {
        return new RetryBackoff(backoffMin, backoffMax);
    }
}
