package csp.enrollment.identity.person;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.core.oidc.OidcScopes;

import csp.enrollment.identity.IdentitySettings;

/**
 * The scopes a person may be granted: those of their roles, plus the OpenID Connect
 * scopes, which only say who they are. A reviewer whose client asks for
 * {@code operations.write} does not get it.
 */
public final class RoleScopes {

    private static final Set<String> IDENTIFYING = Set.of(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL);

    private final Map<String, Set<String>> scopesByUsername;

    public RoleScopes(IdentitySettings settings) {
        this.scopesByUsername = settings.users()
            .stream()
            .collect(Collectors.toUnmodifiableMap(IdentitySettings.User::username,
                    user -> scopesOf(user, settings.roles())));
    }

    /**
     * The requested scopes this person may have, in the order asked; none for an unknown
     * name.
     */
    public Set<String> grantable(String username, Set<String> requested) {
        Set<String> allowed = scopesByUsername.getOrDefault(username, Set.of());
        Set<String> granted = new LinkedHashSet<>();
        for (String scope : requested) {
            if (IDENTIFYING.contains(scope) || allowed.contains(scope)) {
                granted.add(scope);
            }
        }
        return granted;
    }

    private static Set<String> scopesOf(IdentitySettings.User user, Map<String, Set<String>> roles) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String role : user.roles()) {
            Set<String> ofRole = roles.get(role);
            if (ofRole == null) {
                throw new IllegalStateException(
                        "User '" + user.username() + "' has role '" + role + "', which identity.roles does not define");
            }
            scopes.addAll(ofRole);
        }
        return Set.copyOf(scopes);
    }

}
