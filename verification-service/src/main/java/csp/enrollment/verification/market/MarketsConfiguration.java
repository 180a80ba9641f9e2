package csp.enrollment.verification.market;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

@Configuration(proxyBeanMethods = false)
class MarketsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MarketsConfiguration.class);

    /**
     * Loaded once at start: a broken table stops the service rather than rejecting every
     * partner.
     */
    @Bean
    Markets markets(MarketSettings settings) throws IOException {
        try (Reader csv = new InputStreamReader(settings.table().getInputStream(), StandardCharsets.UTF_8)) {
            Markets markets = Markets.fromCsv(csv);
            log.info("Loaded {} countries of the CSP markets table from {}", markets.size(),
                    settings.table().getDescription());
            return markets;
        }
    }

}
