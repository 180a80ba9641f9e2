package csp.enrollment.security;

import java.util.List;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What every service answers without a token: health, Prometheus and the OpenAPI
 * documents.
 */
public final class OpenEndpoints {

    public static final List<String> PATHS = List.of("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**");

    private OpenEndpoints() {
    }

    public static RequestMatcher matcher() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(PATHS.stream().map(paths::matcher).map(RequestMatcher.class::cast).toList());
    }

}
