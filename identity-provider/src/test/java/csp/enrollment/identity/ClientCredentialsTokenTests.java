package csp.enrollment.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Contract §7: each client gets a JWT with exactly its scopes, and nothing else gets one.
 */
class ClientCredentialsTokenTests {

    static final String UPSTREAM_SCOPES = "enrollments.write enrollments.read";
    static final String EVERY_SCOPE = "enrollments.write enrollments.read reviews.read reviews.write directory.write"
            + " bureau.write notifications.read operations.write privacy.write";

    private static TokenRequests idp;

    private static JwtDecoder decoder;

    private static String issuer;

    @BeforeAll
    static void startTheIdentityProvider() {
        issuer = RunningIdentityProvider.get().issuer;
        idp = new TokenRequests(HttpClient.newHttpClient(), issuer);
        // as a resource server would: discovery, then the JWKS, and the issuer checked on
        // every token
        decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
    }

    static Stream<Arguments> clients() {
        return Stream.of(Arguments.of("upstream-portal", "upstream-portal-secret", UPSTREAM_SCOPES),
                Arguments.of("operator-cli", "operator-cli-secret", EVERY_SCOPE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clients")
    void clientSecretBasicGetsAJwtWithExactlyTheClientsScopes(String clientId, String secret, String scopes) {
        TokenRequests.Answer answer = idp.clientCredentialsBasic(clientId, secret, scopes);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("token_type").asString()).isEqualTo("Bearer");
        assertThat(words(answer.body().path("scope").asString())).isEqualTo(words(scopes));
        assertIsAValidTokenOf(answer.body().path("access_token").asString(), clientId, scopes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clients")
    void clientSecretPostGetsAJwtWithExactlyTheClientsScopes(String clientId, String secret, String scopes) {
        TokenRequests.Answer answer = idp.clientCredentialsPost(clientId, secret, scopes);

        assertThat(answer.status()).isEqualTo(200);
        assertIsAValidTokenOf(answer.body().path("access_token").asString(), clientId, scopes);
    }

    @Test
    void aClientAskingForFewerScopesGetsOnlyThose() {
        TokenRequests.Answer answer = idp.clientCredentialsBasic("operator-cli", "operator-cli-secret", "reviews.read");

        assertThat(decoder.decode(answer.body().path("access_token").asString()).getClaimAsString("scope"))
            .isEqualTo("reviews.read");
    }

    @Test
    void aWrongSecretIsRefused() {
        assertThat(idp.clientCredentialsBasic("upstream-portal", "not-the-secret", UPSTREAM_SCOPES).status())
            .isEqualTo(401);
        TokenRequests.Answer post = idp.clientCredentialsPost("upstream-portal", "not-the-secret", UPSTREAM_SCOPES);
        assertThat(post.status()).isEqualTo(401);
        assertThat(post.body().path("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void anUnknownClientIsRefused() {
        assertThat(idp.clientCredentialsBasic("intruder", "intruder-secret", UPSTREAM_SCOPES).status()).isEqualTo(401);
        assertThat(idp.clientCredentialsPost("intruder", "intruder-secret", UPSTREAM_SCOPES).status()).isEqualTo(401);
    }

    @Test
    void aScopeTheClientLacksIsRefusedAsInvalidScope() {
        TokenRequests.Answer answer = idp.clientCredentialsBasic("upstream-portal", "upstream-portal-secret",
                "enrollments.write operations.write");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void theConsoleCannotUseClientCredentials() {
        TokenRequests.Answer answer = idp.clientCredentialsBasic("operator-console", "operator-console-secret",
                "reviews.read");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("error").asString()).isEqualTo("unauthorized_client");
    }

    @Test
    void aTokenWithATamperedSignatureIsRejected() {
        String token = idp.clientCredentialsBasic("upstream-portal", "upstream-portal-secret", UPSTREAM_SCOPES)
            .body()
            .path("access_token")
            .asString();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class);
    }

    private static void assertIsAValidTokenOf(String token, String clientId, String scopes) {
        Jwt jwt = decoder.decode(token);
        assertThat(jwt.getSubject()).isEqualTo(clientId);
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo(clientId);
        assertThat(jwt.getIssuer()).hasToString(issuer);
        assertThat(jwt.getAudience()).containsExactly("csp-enrollment-api");
        assertThat(jwt.getExpiresAt()).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(301));
        // one space-separated string, as RFC 9068 and Keycloak write it
        assertThat(jwt.getClaims().get("scope")).isInstanceOf(String.class);
        assertThat(words(jwt.getClaimAsString("scope"))).isEqualTo(words(scopes));
    }

    static Set<String> words(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).collect(Collectors.toSet());
    }

}
