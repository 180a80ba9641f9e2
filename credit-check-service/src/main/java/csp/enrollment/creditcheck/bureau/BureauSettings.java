package csp.enrollment.creditcheck.bureau;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which credit bureau the service asks ({@code credit-check.bureau.*}).
 *
 * @param mode {@code http} (an external bureau, the default) or {@code simulated}
 * (reports kept in this service's database and set by anyone with
 * {@code creditcheck.write}: the local stack and tests turn it on, nothing else should)
 * @param http the external bureau, used in {@code http} mode; its {@code base-url} is
 * required there
 */
@ConfigurationProperties(prefix = "credit-check.bureau")
public record BureauSettings(@DefaultValue("http") Mode mode, @DefaultValue Http http) {

    public BureauSettings {
        if (mode == Mode.HTTP && (http == null || http.baseUrl() == null || http.baseUrl().toString().isBlank())) {
            throw new IllegalArgumentException("No credit bureau configured: set credit-check.bureau.http.base-url "
                    + "(CREDITCHECK_BUREAU_HTTP_BASEURL) to the external bureau, or, for development only, "
                    + "credit-check.bureau.mode=simulated");
        }
    }

    public enum Mode {

        SIMULATED, HTTP

    }

    /**
     * @param name the bureau's name carried by the decision events
     * @param baseUrl where the bureau answers {@code GET /reports/{mpnId}}
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for an answer
     * @param maxRetries retries of one call after a transient fault (5xx, 408, 429, I/O
     * error, timeout)
     * @param retryDelay pause before the first retry, then multiplied by
     * {@code retryMultiplier} up to {@code retryMaxDelay}
     */
    public record Http(@DefaultValue("external-bureau") String name, URI baseUrl,
            @DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
            @DefaultValue("2") int maxRetries, @DefaultValue("200ms") Duration retryDelay,
            @DefaultValue("2.0") double retryMultiplier, @DefaultValue("2s") Duration retryMaxDelay) {
    }
}
