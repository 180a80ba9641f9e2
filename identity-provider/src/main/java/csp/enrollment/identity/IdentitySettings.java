package csp.enrollment.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything the identity provider knows: its issuer, its clients, the people who log in
 * and which scopes each role may be granted. Secrets and passwords are in the
 * {@code DelegatingPasswordEncoder} format: {@code {noop}...} or {@code {bcrypt}...}.
 *
 * @param issuer the {@code iss} of every token and the base of the discovery document;
 * blank: the URL the request came to
 * @param audience the {@code aud} of every access token: the services' API
 * @param accessTokenTimeToLive how long an access token is valid
 * @param signingKey where the key that signs tokens lives
 * @param clients the registered OAuth2 clients
 * @param roles scopes by role: what a person holding the role may be granted
 * @param users the people who log in through the form
 */
@ConfigurationProperties(prefix = "identity")
public record IdentitySettings(String issuer, @DefaultValue("csp-enrollment-api") String audience,
        @DefaultValue("5m") Duration accessTokenTimeToLive, @DefaultValue SigningKey signingKey,
        @DefaultValue List<Client> clients, @DefaultValue Map<String, Set<String>> roles,
        @DefaultValue List<User> users) {

    /**
     * @param location a JWK file holding the RSA key pair, created on first start when
     * missing; null: a new key at every start, so a restart invalidates every token
     * issued before
     */
    public record SigningKey(Path location) {
    }

    /**
     * @param clientId the client's id, also the {@code sub} of its client-credentials
     * tokens
     * @param secret its secret, {@code {noop}...} or {@code {bcrypt}...}
     * @param grantTypes {@code client_credentials}, {@code authorization_code},
     * {@code refresh_token}
     * @param scopes every scope the client may ask for
     * @param redirectUris where an authorization code may be sent (authorization code
     * clients)
     * @param postLogoutRedirectUris where a logged-out user may be sent back to
     */
    public record Client(String clientId, String secret, Set<String> grantTypes, Set<String> scopes,
            @DefaultValue Set<String> redirectUris, @DefaultValue Set<String> postLogoutRedirectUris) {
    }

    /**
     * @param username the log-in name, also the {@code sub} of the person's tokens
     * @param password {@code {noop}...} or {@code {bcrypt}...}
     * @param roles keys of {@link IdentitySettings#roles()}
     */
    public record User(String username, String password, Set<String> roles) {
    }
}
