package csp.enrollment.identity;

import static csp.enrollment.identity.ClientCredentialsTokenTests.EVERY_SCOPE;
import static csp.enrollment.identity.ClientCredentialsTokenTests.words;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import tools.jackson.databind.JsonNode;

/**
 * People log in to the operator console (authorization code + PKCE) and get the scopes of
 * their role only, whatever the console asks for: it asks for everything, for everyone.
 */
class ConsoleLoginTests {

    private static final String CONSOLE_ASKS = "openid profile " + EVERY_SCOPE;

    private static final Set<String> REVIEWER = Set.of("reviews.read", "reviews.write", "enrollments.read",
            "notifications.read");

    private static String issuer;

    private static JwtDecoder decoder;

    @BeforeAll
    static void startTheIdentityProvider() {
        issuer = RunningIdentityProvider.get().issuer;
        decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
    }

    @Test
    void aReviewerGetsTheReviewerScopesOnly() {
        JsonNode tokens = new ConsoleLogin(issuer).logIn("reviewer", "reviewer", CONSOLE_ASKS);

        Jwt accessToken = decoder.decode(tokens.path("access_token").asString());
        assertThat(accessToken.getSubject()).as("a review decision records this").isEqualTo("reviewer");
        assertThat(accessToken.getClaimAsString("client_id")).isEqualTo("operator-console");
        assertThat(words(accessToken.getClaimAsString("scope"))).isEqualTo(withOpenIdScopes(REVIEWER))
            .doesNotContain("operations.write", "directory.write", "privacy.write");
        assertThat(words(tokens.path("scope").asString())).as("the token response says the same")
            .isEqualTo(withOpenIdScopes(REVIEWER));
        assertThat(tokens.path("id_token").asString()).isNotBlank();
    }

    @Test
    void anOperatorGetsEveryScope() {
        JsonNode tokens = new ConsoleLogin(issuer).logIn("operator", "operator", CONSOLE_ASKS);

        Jwt accessToken = decoder.decode(tokens.path("access_token").asString());
        assertThat(accessToken.getSubject()).isEqualTo("operator");
        assertThat(words(accessToken.getClaimAsString("scope"))).isEqualTo(words(CONSOLE_ASKS));
    }

    @Test
    void aRefreshedTokenKeepsTheReviewerScopesOnly() {
        JsonNode tokens = new ConsoleLogin(issuer).logIn("reviewer", "reviewer", CONSOLE_ASKS);

        JsonNode refreshed = new ConsoleLogin(issuer).refresh(tokens.path("refresh_token").asString());

        Jwt accessToken = decoder.decode(refreshed.path("access_token").asString());
        assertThat(accessToken.getSubject()).isEqualTo("reviewer");
        assertThat(words(accessToken.getClaimAsString("scope"))).isEqualTo(withOpenIdScopes(REVIEWER));
    }

    @Test
    void aWrongPasswordGoesBackToTheForm() {
        assertThat(new ConsoleLogin(issuer).failedLogIn("reviewer", "operator")).endsWith("/login?error");
    }

    private static Set<String> withOpenIdScopes(Set<String> scopes) {
        Set<String> all = new HashSet<>(scopes);
        all.add("openid");
        all.add("profile");
        return all;
    }

}
