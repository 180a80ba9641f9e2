package csp.enrollment.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** What a resource server or an OIDC client finds before its first token. */
class DiscoveryTests {

    private static TokenRequests idp;

    private static String issuer;

    @BeforeAll
    static void startTheIdentityProvider() {
        issuer = RunningIdentityProvider.get().issuer;
        idp = new TokenRequests(HttpClient.newHttpClient(), issuer);
    }

    @Test
    void servesTheOpenIdConnectDiscoveryDocument() {
        TokenRequests.Answer answer = idp.get("/.well-known/openid-configuration", "application/json");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode document = answer.body();
        assertThat(document.path("issuer").asString()).isEqualTo(issuer);
        assertThat(document.path("token_endpoint").asString()).isEqualTo(issuer + "/oauth2/token");
        assertThat(document.path("jwks_uri").asString()).isEqualTo(issuer + "/oauth2/jwks");
        assertThat(document.path("authorization_endpoint").asString()).isEqualTo(issuer + "/oauth2/authorize");
        assertThat(document.path("token_endpoint_auth_methods_supported").valueStream().map(JsonNode::asString))
            .contains("client_secret_basic", "client_secret_post");
        assertThat(document.path("code_challenge_methods_supported").valueStream().map(JsonNode::asString))
            .contains("S256");
    }

    @Test
    void servesTheOAuthAuthorizationServerMetadata() {
        TokenRequests.Answer answer = idp.get("/.well-known/oauth-authorization-server", "application/json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("issuer").asString()).isEqualTo(issuer);
    }

    @Test
    void servesTheSigningKeyAsAJwkSet() {
        TokenRequests.Answer answer = idp.get("/oauth2/jwks", "application/json");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode key = answer.body().path("keys").get(0);
        assertThat(key.path("kty").asString()).isEqualTo("RSA");
        assertThat(key.path("kid").asString()).isNotBlank();
        assertThat(key.has("d")).as("no private part").isFalse();
    }

}
