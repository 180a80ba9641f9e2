package csp.enrollment.security;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A service's access table: which scope each of its endpoints needs (contract section 7).
 * Each service declares one bean of this type, in one readable class; the first rule that
 * matches a request decides, and a request no rule matches is refused (401 without a
 * token, 403 with one). Health, Prometheus and the OpenAPI documents are open in every
 * service and need no rule.
 */
public record ServiceAccessRules(List<ScopeRule> rules) {

    public ServiceAccessRules {
        rules = List.copyOf(rules);
    }

    public static ServiceAccessRules of(ScopeRule... rules) {
        return new ServiceAccessRules(List.of(rules));
    }

    /** The rule that decides {@code request}, if any. */
    public Optional<ScopeRule> ruleFor(HttpServletRequest request) {
        return rules.stream().filter(rule -> rule.matcher().matches(request)).findFirst();
    }

    /**
     * The rule that decides {@code method} on {@code path}, e.g. an OpenAPI path
     * template.
     */
    public Optional<ScopeRule> ruleFor(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return rules.stream()
            .filter(rule -> rule.method() == null || rule.method().equals(method))
            .filter(rule -> PathPatternParser.defaultInstance.parse(rule.pathPattern()).matches(container))
            .findFirst();
    }
}
