package csp.enrollment.notification.progress;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the reminder settings; the {@code WorkQueue} that keeps the reminder timers comes
 * from work-support.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderSettings.class)
class ProgressConfiguration {

}
