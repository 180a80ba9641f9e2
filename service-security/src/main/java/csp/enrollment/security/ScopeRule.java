package csp.enrollment.security;

import java.util.List;
import java.util.Objects;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One line of a service's access table: requests with {@code method} (any method when
 * {@code null}) on {@code pathPattern} (a Spring path pattern, e.g.
 * {@code /api/reviews/{id}/decision} or {@code /api/credit-bureau/**}) need a token with
 * at least one of {@code scopes}. A scope {@code x} is the authority {@code SCOPE_x},
 * from the token's {@code scope} claim.
 */
public record ScopeRule(HttpMethod method, String pathPattern, List<String> scopes) {

    public ScopeRule {
        Objects.requireNonNull(pathPattern, "pathPattern");
        scopes = List.copyOf(scopes);
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("A rule for " + pathPattern + " needs at least one scope");
        }
    }

    public static ScopeRule get(String pathPattern, String... anyOfScopes) {
        return new ScopeRule(HttpMethod.GET, pathPattern, List.of(anyOfScopes));
    }

    public static ScopeRule post(String pathPattern, String... anyOfScopes) {
        return new ScopeRule(HttpMethod.POST, pathPattern, List.of(anyOfScopes));
    }

    public static ScopeRule put(String pathPattern, String... anyOfScopes) {
        return new ScopeRule(HttpMethod.PUT, pathPattern, List.of(anyOfScopes));
    }

    public static ScopeRule delete(String pathPattern, String... anyOfScopes) {
        return new ScopeRule(HttpMethod.DELETE, pathPattern, List.of(anyOfScopes));
    }

    /** Every method on {@code pathPattern}. */
    public static ScopeRule any(String pathPattern, String... anyOfScopes) {
        return new ScopeRule(null, pathPattern, List.of(anyOfScopes));
    }

    public RequestMatcher matcher() {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pathPattern);
    }

    /** The authorities a token needs one of: {@code SCOPE_} and the scope. */
    public String[] authorities() {
        return scopes.stream().map(scope -> "SCOPE_" + scope).toArray(String[]::new);
    }

    /**
     * As the access table in the docs writes it, e.g.
     * {@code POST /api/enrollments -> enrollments.write}.
     */
    @Override
    public String toString() {
        return (method == null ? "*" : method.name()) + " " + pathPattern + " -> " + String.join(" | ", scopes);
    }
}
