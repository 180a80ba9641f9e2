package csp.enrollment.creditcheck.bureau;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the bureau settings; the adapter itself is chosen by
 * {@code credit-check.bureau.mode}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BureauSettings.class)
class BureauConfiguration {

}
