package csp.enrollment.identity.person;

import java.util.Set;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Records a person's authorization with only the scopes their roles allow. Every path
 * that grants a person scopes (the authorization endpoint, a pushed request, a refresh)
 * saves the authorization here before any token is made from it, so the access token, the
 * token response and every refresh carry the narrowed scopes. Client-credentials grants
 * pass unchanged: the client's registration already limits them.
 */
public final class RoleScopedAuthorizations implements OAuth2AuthorizationService {

    private final OAuth2AuthorizationService delegate;

    private final RoleScopes roleScopes;

    public RoleScopedAuthorizations(OAuth2AuthorizationService delegate, RoleScopes roleScopes) {
        this.delegate = delegate;
        this.roleScopes = roleScopes;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        delegate.save(grantedToPerson(authorization) ? narrowed(authorization) : authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        delegate.remove(authorization);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return delegate.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return delegate.findByToken(token, tokenType);
    }

    private static boolean grantedToPerson(OAuth2Authorization authorization) {
        return AuthorizationGrantType.AUTHORIZATION_CODE.equals(authorization.getAuthorizationGrantType())
                || AuthorizationGrantType.DEVICE_CODE.equals(authorization.getAuthorizationGrantType());
    }

    private OAuth2Authorization narrowed(OAuth2Authorization authorization) {
        Set<String> scopes = authorization.getAuthorizedScopes();
        Set<String> grantable = roleScopes.grantable(authorization.getPrincipalName(), scopes);
        if (grantable.equals(scopes)) {
            return authorization;
        }
        return OAuth2Authorization.from(authorization).authorizedScopes(grantable).build();
    }

}
