package csp.enrollment.creditcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import csp.enrollment.creditcheck.CreditCheckIntegrationTest;
import csp.enrollment.testinfra.security.OpenApiAccessCheck;
import csp.enrollment.testinfra.security.OpenApiAccessCheck.Answer;
import csp.enrollment.testinfra.security.OpenApiAccessCheck.Transport;
import csp.enrollment.testinfra.security.TestIdentityProvider;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Contract section 7 for every operation of the service's OpenAPI document, over real
 * HTTP: no token 401, a token without the operation's scope 403 (both problem documents),
 * its scope gets through. The simulated bureau needs {@code bureau.write}; the
 * credit-check views, which the contract does not name, {@code enrollments.read}.
 */
@CreditCheckIntegrationTest
class AccessIntegrationTests {

    static final Map<String, List<String>> SCOPES = Map.of("GET /api/dead-letters", List.of("operations.write"),
            "POST /api/dead-letters/{topic}/{partition}/{offset}/replay", List.of("operations.write"),
            "GET /api/credit-checks/{enrollmentId}", List.of("enrollments.read"), "GET /api/credit-checks",
            List.of("enrollments.read"), "GET /api/credit-bureau/reports/{mpnId}", List.of("bureau.write"),
            "PUT /api/credit-bureau/reports/{mpnId}", List.of("bureau.write"),
            "DELETE /api/credit-bureau/reports/{mpnId}", List.of("bureau.write"), "GET /api/credit-bureau/availability",
            List.of("bureau.write"), "PUT /api/credit-bureau/availability", List.of("bureau.write"));

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyOperationNeedsItsScope() {
        return new OpenApiAccessCheck(http(), TestIdentityProvider.get()).tests(SCOPES);
    }

    @Test
    void theOperatorCliStoresAndReadsABureauReportWithItsClientCredentialsToken() {
        String token = TestIdentityProvider.get().clientToken("operator-cli", "operator-cli-secret", "bureau.write");
        Answer availability = http().send("GET", "/api/credit-bureau/availability", token, null);
        assertThat(availability.status()).as(availability.body()).isEqualTo(200);
        Answer anonymous = http().send("PUT", "/api/credit-bureau/availability", null, "{\"available\": false}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(http().send("GET", "/api/credit-bureau/availability", token, null).body())
            .isEqualTo(availability.body());
    }

    @Test
    void healthAndTheOpenApiDocumentAreOpenAndNoOtherActuatorEndpoint() {
        assertThat(http().send("GET", "/actuator/health", null, null).status()).isEqualTo(200);
        assertThat(http().send("GET", "/v3/api-docs", null, null).status()).isEqualTo(200);
        assertThat(http().send("GET", "/actuator/env", null, null).status()).isEqualTo(401);
        String operator = TestIdentityProvider.get()
            .token("operator", OpenApiAccessCheck.EVERY_SCOPE.toArray(String[]::new));
        assertThat(http().send("GET", "/actuator/env", operator, null).status()).isEqualTo(404);
    }

    private Transport http() {
        return OpenApiAccessCheck.http("http://localhost:" + port);
    }

}
