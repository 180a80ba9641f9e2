package csp.enrollment.notification.email;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the {@link MailSender}'s schedule and binds the e-mail settings. The {@code Clock} the
 * e-mails are stamped and scheduled with comes from messaging-support.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({DeliverySettings.class, MailSettings.class})
class DeliveryConfiguration {
}
