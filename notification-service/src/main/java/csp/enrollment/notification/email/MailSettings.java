package csp.enrollment.notification.email;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender of the e-mails and how long their content is kept
 * ({@code notification.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param from the From address
 * @param fromName the From display name
 * @param messageIdDomain the right-hand side of the Message-ID headers
 * @param contentRetention how long subject, content and last error of a finished e-mail
 * are kept after it was sent (docs/personal-data.md); template, status and dates stay
 */
@ConfigurationProperties("notification.mail")
public record MailSettings(@DefaultValue("csp-enrollment@example.com") String from,
        @DefaultValue("CSP Partner Enrollment") String fromName,
        @DefaultValue("notification-service.csp-enrollment") String messageIdDomain,
        @DefaultValue("30d") Duration contentRetention) {

    public MailSettings {
        if (contentRetention.isNegative() || contentRetention.isZero()) {
            throw new IllegalArgumentException(
                    "notification.mail.content-retention must be positive, e.g. 30d; was " + contentRetention);
        }
    }
}
