package csp.enrollment.notification;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/** The service's HTTP API, as an operator calls it. */
public final class TestApi {

    private final RestClient client;

    public TestApi(int port) {
        this.client = RestClient.create("http://localhost:" + port);
    }

    /** {@code GET /api/notifications?enrollmentId=...} */
    public List<Map<String, Object>> notifications(String enrollmentId) {
        return client.get().uri("/api/notifications?enrollmentId={id}", enrollmentId).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    public RestClient client() {
        return client;
    }
}
