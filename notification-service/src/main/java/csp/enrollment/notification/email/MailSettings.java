package csp.enrollment.notification.email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender of the e-mails ({@code notification.mail.*}); the SMTP server itself is
 * {@code spring.mail.*}.
 *
 * @param from            the From address
 * @param fromName        the From display name
 * @param messageIdDomain the right-hand side of the Message-ID headers
 */
@ConfigurationProperties("notification.mail")
public record MailSettings(@DefaultValue("csp-enrollment@example.com") String from,
        @DefaultValue("CSP Partner Enrollment") String fromName,
        @DefaultValue("notification-service.csp-enrollment") String messageIdDomain) {
}
