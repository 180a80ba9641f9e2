package csp.enrollment.notification.email;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the {@link MailSender}'s schedule and binds the e-mail settings. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({DeliverySettings.class, MailSettings.class})
class DeliveryConfiguration {
}
