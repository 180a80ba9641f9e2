package csp.enrollment.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import csp.enrollment.notification.NotificationIntegrationTest;
import csp.enrollment.testinfra.security.OpenApiAccessCheck;
import csp.enrollment.testinfra.security.OpenApiAccessCheck.Answer;
import csp.enrollment.testinfra.security.OpenApiAccessCheck.Transport;
import csp.enrollment.testinfra.security.TestIdentityProvider;

/**
 * Contract section 7 for every operation of the service's OpenAPI document, over real
 * HTTP: no token 401, a token without {@code notifications.read} 403 (both problem
 * documents), with it the operation works.
 */
@NotificationIntegrationTest
class AccessIntegrationTests {

    static final Map<String, List<String>> SCOPES = Map.of("GET /api/dead-letters", List.of("operations.write"),
            "POST /api/dead-letters/{topic}/{partition}/{offset}/replay", List.of("operations.write"),
            "GET /api/notifications", List.of("notifications.read"), "GET /api/notifications/preview",
            List.of("notifications.read"), "GET /api/notifications/preview/{template}", List.of("notifications.read"));

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyOperationNeedsItsScope() {
        return new OpenApiAccessCheck(http(), TestIdentityProvider.get()).tests(SCOPES);
    }

    @Test
    void aPreviewRendersWithTheScope() {
        Answer preview = http().send("GET", "/api/notifications/preview/application-received",
                TestIdentityProvider.get().token("reviewer", "notifications.read"), null);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("We have received your CSP application");
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
