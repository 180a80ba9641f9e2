package csp.enrollment.verification.market;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param table the CSP regional markets table (CSV:
 * country_code,country_name,market,currency); point it at a file to update the markets
 * without a new release
 */
@ConfigurationProperties("verification.markets")
public record MarketSettings(@DefaultValue("classpath:markets/csp-markets.csv") Resource table) {
}
