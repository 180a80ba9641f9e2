package csp.enrollment.creditcheck.check;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the worker's schedule and binds the settings. The {@code Clock} comes from messaging-support. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(CreditCheckSettings.class)
class CreditCheckConfiguration {
}
