package csp.enrollment.creditcheck.check;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the settings. The {@code Clock} comes from messaging-support, the
 * {@code WorkQueue} from work-support.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CreditCheckSettings.class)
class CreditCheckConfiguration {

}
