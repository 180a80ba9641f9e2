package csp.enrollment.security;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.RequestPath;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Decides a request no {@link ScopeRule} names. Without a valid token: refused (401).
 * With one: refused (403) when a controller would handle it, since no scope grants an
 * endpoint the service's table does not list; granted when none would, so the service
 * answers an unknown path with its 404 problem and a wrong method with its 405 problem,
 * as before security. Nothing runs for such a request either way.
 */
final class UnlistedEndpoints implements AuthorizationManager<RequestAuthorizationContext> {

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    private final Supplier<List<RequestMappingHandlerMapping>> mappings;

    UnlistedEndpoints(Supplier<List<RequestMappingHandlerMapping>> mappings) {
        this.mappings = mappings;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || trust.isAnonymous(caller)) {
            return new AuthorizationDecision(false);
        }
        return new AuthorizationDecision(!handled(context.getRequest()));
    }

    private boolean handled(HttpServletRequest request) {
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        if (previous == null) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            for (RequestMappingHandlerMapping mapping : mappings.get()) {
                try {
                    if (mapping.getHandler(request) != null) {
                        return true;
                    }
                }
                catch (Exception noMatch) {
                    // a wrong method or media type: the service answers 405 or 415 and
                    // runs nothing
                }
            }
            return false;
        }
        finally {
            if (previous == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
            else {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, (RequestPath) previous);
            }
        }
    }

}
