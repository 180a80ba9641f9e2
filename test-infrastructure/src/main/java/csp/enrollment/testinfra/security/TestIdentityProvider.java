package csp.enrollment.testinfra.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

import com.fasterxml.jackson.databind.ObjectMapper;

import csp.enrollment.identity.IdentityProviderApplication;
import csp.enrollment.infrastructure.FreePorts;

/**
 * The local stack's identity provider, started in the test's JVM on a free port, with the
 * clients and people of contract §7. A service's security test points its resource server
 * here and asks for tokens: {@link #token(String, String...)} mints one for any subject
 * and scopes with the provider's own key and token generator (no login, no HTTP: cheap
 * enough for one per test), and {@link #clientToken(String, String, String...)} asks the
 * token endpoint as a client would. Needs {@code csp.enrollment:identity-provider} on the
 * test's classpath.
 */
public final class TestIdentityProvider implements AutoCloseable {

    /** Set this property to {@link #issuer()} to make a service trust this provider. */
    public static final String ISSUER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    /**
     * The client a minted token names, as if its subject had logged in to the operator
     * console.
     */
    public static final String MINTING_CLIENT = "operator-console";

    private static TestIdentityProvider shared;

    private final String issuer;

    private final ConfigurableApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    private final ObjectMapper json = new ObjectMapper();

    private TestIdentityProvider(int port) {
        this.issuer = "http://localhost:" + port;
        this.context = IdentityProviderApplication.builder()
            .registerShutdownHook(false)
            .run("--server.port=" + port, "--identity.issuer=" + issuer, "--spring.main.banner-mode=off");
    }

    /**
     * The provider shared by every test in this JVM: started on the first call, stopped
     * when the JVM ends.
     */
    public static synchronized TestIdentityProvider get() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-identity-provider-shutdown"));
        }
        return shared;
    }

    /**
     * A provider of the caller's own, e.g. to test what a restart of it does; close it.
     */
    public static TestIdentityProvider start() {
        return new TestIdentityProvider(FreePorts.resolve(0));
    }

    /**
     * The {@code iss} of its tokens; the discovery document is at
     * {@code issuer + "/.well-known/openid-configuration"}.
     */
    public String issuer() {
        return issuer;
    }

    public String tokenEndpoint() {
        return issuer + "/oauth2/token";
    }

    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }

    /**
     * An access token with {@code sub} = {@code subject} and exactly {@code scopes},
     * shaped and signed as the token endpoint would issue it to a person logged in to the
     * console. Any subject and any scopes: the roles of the configured people do not
     * apply.
     */
    public String token(String subject, String... scopes) {
        RegisteredClient client = context.getBean(RegisteredClientRepository.class).findByClientId(MINTING_CLIENT);
        if (client == null) {
            throw new IllegalStateException("The identity provider has no client " + MINTING_CLIENT);
        }
        var tokenContext = DefaultOAuth2TokenContext.builder()
            .registeredClient(client)
            .principal(UsernamePasswordAuthenticationToken.authenticated(subject, null, List.of()))
            .authorizationServerContext(new Issuer(issuer, context.getBean(AuthorizationServerSettings.class)))
            .authorizedScopes(new LinkedHashSet<>(List.of(scopes)))
            .tokenType(OAuth2TokenType.ACCESS_TOKEN)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .build();
        OAuth2Token token = context.getBean(OAuth2TokenGenerator.class).generate(tokenContext);
        if (token == null) {
            throw new IllegalStateException("The identity provider's token generator made no access token");
        }
        return token.getTokenValue();
    }

    /**
     * A client-credentials token from the token endpoint (client_secret_basic), e.g.
     * {@code upstream-portal}.
     */
    public String clientToken(String clientId, String secret, String... scopes) {
        String credentials = Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
            .header("Authorization", "Basic " + credentials)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                    + URLEncoder.encode(String.join(" ", scopes), StandardCharsets.UTF_8)))
            .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Token endpoint answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body()).path("access_token").asText();
        }
        catch (IOException ex) {
            throw new IllegalStateException("Token endpoint " + tokenEndpoint() + " did not answer", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    private record Issuer(String issuer, AuthorizationServerSettings settings) implements AuthorizationServerContext {

        @Override
        public String getIssuer() {
            return issuer;
        }

        @Override
        public AuthorizationServerSettings getAuthorizationServerSettings() {
            return settings;
        }
    }

}
