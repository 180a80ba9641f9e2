package csp.enrollment.identity.token;

import java.util.List;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Shapes every access token as RFC 9068 and Keycloak do, so the services read one format
 * whichever issuer they trust: {@code scope} is one space-separated string, {@code aud}
 * is the services' API, and {@code client_id} names the client. {@code sub} stays what
 * Spring Authorization Server makes it: the client id for client credentials, the user
 * name for a person who logged in.
 */
public final class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final String audience;

    public AccessTokenClaims(String audience) {
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        context.getClaims()
            .audience(List.of(audience))
            .claim("client_id", context.getRegisteredClient().getClientId())
            .claims(claims -> {
                if (context.getAuthorizedScopes().isEmpty()) {
                    claims.remove("scope");
                }
                else {
                    claims.put("scope", String.join(" ", context.getAuthorizedScopes()));
                }
            });
    }

}
