package csp.enrollment.notification;

import java.util.List;
import java.util.Map;

import csp.enrollment.testinfra.security.TestIdentityProvider;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/**
 * The service's HTTP API, as an operator calls it: each request with a fresh bearer token
 * from the test identity provider with {@code notifications.read}.
 */
public final class TestApi {

    private final RestClient client;

    public TestApi(int port) {
        this.client = RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .requestInterceptor((request, body, execution) -> {
                request.getHeaders()
                    .setBearerAuth(TestIdentityProvider.get().token("notification-tests", "notifications.read"));
                return execution.execute(request, body);
            })
            .build();
    }

    /** {@code GET /api/notifications?enrollmentId=...} */
    public List<Map<String, Object>> notifications(String enrollmentId) {
        return client.get()
            .uri("/api/notifications?enrollmentId={id}", enrollmentId)
            .retrieve()
            .body(new ParameterizedTypeReference<>() {
            });
    }

    public RestClient client() {
        return client;
    }

}
