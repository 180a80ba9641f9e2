package csp.enrollment.verification.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param consumerMailDomains the consumer mail domains an admin's work e-mail may not
 * use, one per line
 */
@ConfigurationProperties("verification.rules")
public record RuleSettings(@DefaultValue("classpath:mail/consumer-mail-domains.txt") Resource consumerMailDomains) {
}
