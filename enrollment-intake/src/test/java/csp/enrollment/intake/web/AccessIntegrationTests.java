package csp.enrollment.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import csp.enrollment.intake.support.IntakeIntegrationTest;
import csp.enrollment.intake.support.Requests;
import csp.enrollment.testinfra.security.OpenApiAccessCheck;
import csp.enrollment.testinfra.security.OpenApiAccessCheck.Answer;
import csp.enrollment.testinfra.security.OpenApiAccessCheck.Transport;
import csp.enrollment.testinfra.security.TestIdentityProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contract section 7 for every operation of the intake's OpenAPI document, over real
 * HTTP: no token 401, a token without the operation's scope 403 (both problem documents),
 * its scope gets through; and the upstream portal's client-credentials token works as
 * before.
 */
@IntakeIntegrationTest
class AccessIntegrationTests {

    static final Map<String, List<String>> SCOPES = Map.of("GET /api/dead-letters", List.of("operations.write"),
            "POST /api/dead-letters/{topic}/{partition}/{offset}/replay", List.of("operations.write"),
            "POST /api/enrollments", List.of("enrollments.write"), "GET /api/enrollments", List.of("enrollments.read"),
            "GET /api/enrollments/{enrollmentId}", List.of("enrollments.read"),
            "DELETE /api/enrollments/{enrollmentId}/personal-data", List.of("privacy.write"),
            "POST /api/enrollments/{enrollmentId}/agreement", List.of("enrollments.write"),
            "POST /api/enrollments/{enrollmentId}/support-plan", List.of("enrollments.write"),
            "POST /api/enrollments/{enrollmentId}/transition", List.of("enrollments.write"));

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyOperationNeedsItsScope() {
        return new OpenApiAccessCheck(http(), TestIdentityProvider.get()).tests(SCOPES);
    }

    @Test
    void theUpstreamPortalSubmitsAndFollowsWithItsClientCredentialsToken() {
        String token = TestIdentityProvider.get()
            .clientToken("upstream-portal", "upstream-portal-secret", "enrollments.write", "enrollments.read");
        Answer submitted = http().send("POST", "/api/enrollments", token, Requests.directBill().toString());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String enrollmentId = JsonMapper.builder().build().readTree(submitted.body()).get("enrollmentId").asString();

        Answer status = http().send("GET", "/api/enrollments/" + enrollmentId, token, null);
        assertThat(status.status()).as(status.body()).isEqualTo(200);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefusedAndNothingIsDone() {
        try (TestIdentityProvider other = TestIdentityProvider.start()) {
            Answer answer = http().send("POST", "/api/enrollments", other.token("mallory", "enrollments.write"),
                    Requests.directBill().toString());
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void healthAndTheOpenApiDocumentAreOpenAndNoOtherActuatorEndpoint() {
        assertThat(http().send("GET", "/actuator/health", null, null).status()).isEqualTo(200);
        assertThat(http().send("GET", "/v3/api-docs", null, null).status()).isEqualTo(200);
        assertThat(http().send("GET", "/actuator/env", null, null).status()).isEqualTo(401);
        String operator = TestIdentityProvider.get()
            .token("operator", OpenApiAccessCheck.EVERY_SCOPE.toArray(String[]::new));
        assertThat(http().send("GET", "/actuator/env", operator, null).status()).isEqualTo(404);
        assertThat(http().send("GET", "/actuator/info", operator, null).status()).isEqualTo(404);
    }

    private Transport http() {
        return OpenApiAccessCheck.http("http://localhost:" + port);
    }

}
