package csp.enrollment.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import csp.enrollment.testinfra.security.OpenApiAccessCheck;
import csp.enrollment.testinfra.security.OpenApiAccessCheck.Answer;
import csp.enrollment.testinfra.security.TestIdentityProvider;
import csp.enrollment.verification.support.BearerTokens;
import csp.enrollment.verification.support.VerificationIntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Contract section 7 for every operation of the service's OpenAPI document: no token 401,
 * a token without the operation's scope 403 (both problem documents), its scope gets
 * through. Tokens come from the test identity provider the service trusts, as in
 * production.
 */
@VerificationIntegrationTest
class AccessIntegrationTests {

    /**
     * Operation to the scopes any one of which grants it; the GET of the directory:
     * reviews.read or directory.write.
     */
    static final Map<String, List<String>> SCOPES = Map.of("GET /api/dead-letters", List.of("operations.write"),
            "POST /api/dead-letters/{topic}/{partition}/{offset}/replay", List.of("operations.write"),
            "GET /api/reviews", List.of("reviews.read"), "POST /api/reviews/{enrollmentId}/decision",
            List.of("reviews.write"), "GET /api/verifications/{enrollmentId}", List.of("reviews.read"),
            "PUT /api/partner-network/memberships/{mpnId}", List.of("directory.write"),
            "GET /api/partner-network/memberships/{mpnId}", List.of("reviews.read", "directory.write"));

    @Autowired
    MockMvc mvc;

    @TestFactory
    Stream<DynamicTest> everyOperationNeedsItsScope() {
        return check().tests(SCOPES);
    }

    @Test
    void theRightScopeWorksAsBefore() {
        Answer stored = send("PUT", "/api/partner-network/memberships/4499001",
                BearerTokens.as("directory-keeper", "directory.write"),
                "{\"status\": \"ACTIVE\", \"countryCode\": \"NL\"}");
        assertThat(stored.status()).as(stored.body()).isBetween(200, 299);
        Answer read = send("GET", "/api/partner-network/memberships/4499001",
                BearerTokens.as("reviewer", "reviews.read"), null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
    }

    @Test
    void healthAndTheOpenApiDocumentAreOpenAndNoOtherActuatorEndpoint() {
        assertThat(send("GET", "/actuator/health", null, null).status()).isEqualTo(200);
        assertThat(send("GET", "/v3/api-docs", null, null).status()).isEqualTo(200);
        assertThat(send("GET", "/actuator/env", null, null).status()).isEqualTo(401);
        assertThat(send("GET", "/actuator/env", BearerTokens.as("operator"), null).status()).isIn(403, 404);
        assertThat(send("GET", "/actuator/info", BearerTokens.as("operator"), null).status()).isIn(403, 404);
    }

    @Test
    void withATokenAnUnknownPathIsStill404AndAWrongMethod405() {
        assertThat(send("GET", "/api/nothing-here", null, null).status()).isEqualTo(401);
        assertThat(send("GET", "/api/nothing-here", BearerTokens.as("operator"), null).status()).isEqualTo(404);
        assertThat(send("DELETE", "/api/reviews", BearerTokens.as("operator"), null).status()).isEqualTo(405);
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        try (TestIdentityProvider other = TestIdentityProvider.start()) {
            Answer answer = send("GET", "/api/reviews", "Bearer " + other.token("mallory", "reviews.read"), null);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
    }

    private OpenApiAccessCheck check() {
        return new OpenApiAccessCheck(
                (method, path, bearer, body) -> send(method, path, bearer == null ? null : "Bearer " + bearer, body),
                TestIdentityProvider.get());
    }

    private Answer send(String method, String path, String authorization, String body) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
        if (authorization == null) {
            request.requestAttr(BearerTokens.ANONYMOUS, true);
        }
        else {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            return new Answer(response.getStatus(), String.valueOf(response.getContentType()),
                    response.getContentAsString(StandardCharsets.UTF_8));
        }
        catch (Exception ex) {
            throw new IllegalStateException(method + " " + path, ex);
        }
    }

}
