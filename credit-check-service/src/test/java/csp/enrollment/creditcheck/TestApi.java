package csp.enrollment.creditcheck;

import csp.enrollment.testinfra.security.TestIdentityProvider;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The service's HTTP API as an operator uses it, over a real connection, with a bearer
 * token from the test identity provider with the service's scopes (valid for its 5
 * minutes: one per test).
 */
public final class TestApi {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final RestTestClient client;

    public TestApi(int port) {
        String token = TestIdentityProvider.get()
            .token("credit-check-tests", "bureau.write", "enrollments.read", "operations.write");
        this.client = RestTestClient.bindToServer()
            .baseUrl("http://localhost:" + port)
            .defaultHeader("Authorization", "Bearer " + token)
            .build();
    }

    public RestTestClient client() {
        return client;
    }

    /** The credit check of {@code enrollmentId}, or null while there is none (404). */
    public Map<String, Object> creditCheck(String enrollmentId) {
        EntityExchangeResult<Map<String, Object>> result = client.get()
            .uri("/api/credit-checks/{id}", enrollmentId)
            .exchange()
            .returnResult(JSON);
        return result.getStatus() == HttpStatus.NOT_FOUND ? null : result.getResponseBody();
    }

    public void storeReport(String mpnId, String json) {
        client.put()
            .uri("/api/credit-bureau/reports/{mpnId}", mpnId)
            .contentType(MediaType.APPLICATION_JSON)
            .body(json)
            .exchange()
            .expectStatus()
            .isOk();
    }

    public void setBureauAvailable(boolean available) {
        client.put()
            .uri("/api/credit-bureau/availability")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"available\": " + available + "}")
            .exchange()
            .expectStatus()
            .isOk();
    }

}
