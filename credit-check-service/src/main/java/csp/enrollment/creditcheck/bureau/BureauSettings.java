package csp.enrollment.creditcheck.bureau;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which credit bureau the service asks ({@code credit-check.bureau.*}).
 *
 * @param mode {@code simulated} (reports kept in this service's database, for the local stack) or
 *             {@code http} (an external bureau)
 * @param http the external bureau, used in {@code http} mode
 */
@ConfigurationProperties(prefix = "credit-check.bureau")
public record BureauSettings(@DefaultValue("simulated") Mode mode, @DefaultValue Http http) {

    public enum Mode {
        SIMULATED, HTTP
    }

    /**
     * @param name the bureau's name carried by the decision events
     * @param baseUrl where the bureau answers {@code GET /reports/{mpnId}}
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for an answer
     * @param maxRetries retries of one call after a transient fault (5xx, 408, 429, I/O error, timeout)
     * @param retryDelay pause before the first retry, then multiplied by {@code retryMultiplier} up to {@code retryMaxDelay}
     */
    public record Http(
            @DefaultValue("external-bureau") String name,
            @DefaultValue("http://localhost:8090") URI baseUrl,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration readTimeout,
            @DefaultValue("2") int maxRetries,
            @DefaultValue("200ms") Duration retryDelay,
            @DefaultValue("2.0") double retryMultiplier,
            @DefaultValue("2s") Duration retryMaxDelay) {
    }
}
