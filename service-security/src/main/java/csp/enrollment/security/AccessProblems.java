package csp.enrollment.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a refused request as an RFC 9457 problem ({@code application/problem+json}), in
 * the services' format: {@code 401} {@code urn:csp-enrollment:problem:unauthorized}
 * without a valid token, {@code 403} {@code urn:csp-enrollment:problem:forbidden} without
 * the scope. The {@code WWW-Authenticate} header is the one RFC 6750 asks for, set by
 * Spring Security's own bearer-token handlers.
 */
public final class AccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final String UNAUTHORIZED = "urn:csp-enrollment:problem:unauthorized";

    public static final String FORBIDDEN = "urn:csp-enrollment:problem:forbidden";

    private static final int MAX_DETAIL = 300;

    private final ServiceAccessRules rules;

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();

    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

    public AccessProblems(ServiceAccessRules rules) {
        this.rules = rules;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        bearerEntryPoint.commence(request, response, exception);
        String detail = exception instanceof OAuth2AuthenticationException invalid
                ? "The bearer token was refused: " + describe(invalid) + "."
                : "This operation needs a bearer token (Authorization: Bearer <token>) from the configured issuer.";
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHORIZED, "Unauthorized", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        bearerDenied.handle(request, response, exception);
        String detail = rules.ruleFor(request)
            .map(rule -> rule.scopes().size() == 1 ? "This operation needs the scope " + rule.scopes().get(0) + "."
                    : "This operation needs one of the scopes " + String.join(", ", rule.scopes()) + ".")
            .orElse("No scope grants this request.");
        write(request, response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN, "Forbidden", detail);
    }

    private static String describe(OAuth2AuthenticationException invalid) {
        String description = invalid.getError().getDescription();
        if (description == null || description.isBlank()) {
            description = "it is invalid, expired or from another issuer";
        }
        return description.length() > MAX_DETAIL ? description.substring(0, MAX_DETAIL) + "…" : description;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
            String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String traceId = TraceIdInProblems.currentTraceId();
        String body = "{\"type\":" + quote(type) + ",\"title\":" + quote(title) + ",\"status\":" + status
                + ",\"detail\":" + quote(detail) + ",\"instance\":" + quote(request.getRequestURI())
                + (traceId == null ? "" : ",\"traceId\":" + quote(traceId)) + "}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

}
