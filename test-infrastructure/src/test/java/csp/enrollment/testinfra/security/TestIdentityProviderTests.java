package csp.enrollment.testinfra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * What a service's security test relies on: tokens its resource server accepts, for any
 * subject and scopes.
 */
class TestIdentityProviderTests {

    private final TestIdentityProvider idp = TestIdentityProvider.get();

    // configured as a service's resource server is: from the issuer's discovery document
    private final JwtDecoder resourceServer = NimbusJwtDecoder.withIssuerLocation(idp.issuer()).build();

    @Test
    void mintsATokenForAnySubjectWithExactlyTheGivenScopes() {
        Jwt jwt = resourceServer.decode(idp.token("j.doe", "reviews.read", "reviews.write"));

        assertThat(jwt.getSubject()).isEqualTo("j.doe");
        assertThat(jwt.getClaimAsString("scope")).isEqualTo("reviews.read reviews.write");
        assertThat(jwt.getIssuer()).hasToString(idp.issuer());
        assertThat(jwt.getAudience()).containsExactly("csp-enrollment-api");
        assertThat(jwt.getExpiresAt()).isNotNull();
    }

    @Test
    void mintsATokenWithoutScopesForTheForbiddenCase() {
        assertThat(resourceServer.decode(idp.token("nobody")).hasClaim("scope")).isFalse();
    }

    @Test
    void getsAClientCredentialsTokenFromTheTokenEndpoint() {
        Jwt jwt = resourceServer
            .decode(idp.clientToken("upstream-portal", "upstream-portal-secret", "enrollments.write"));

        assertThat(jwt.getSubject()).isEqualTo("upstream-portal");
        assertThat(jwt.getClaimAsString("scope")).isEqualTo("enrollments.write");
    }

    @Test
    void anotherProvidersTokensAreNotAccepted() {
        try (TestIdentityProvider other = TestIdentityProvider.start()) {
            String foreign = other.token("j.doe", "reviews.write");

            assertThatThrownBy(() -> resourceServer.decode(foreign)).isInstanceOf(JwtException.class);
        }
    }

    @Test
    void sharesOneProviderPerJvm() {
        assertThat(TestIdentityProvider.get()).isSameAs(idp);
    }

}
