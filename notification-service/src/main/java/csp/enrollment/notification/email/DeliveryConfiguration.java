package csp.enrollment.notification.email;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the e-mail settings. The {@code Clock} the e-mails are stamped with comes from
 * messaging-support, the {@code WorkQueue} that sends them from work-support.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class DeliveryConfiguration {

}
