package csp.enrollment.intake.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import csp.enrollment.intake.application.Submission;
import csp.enrollment.testinfra.security.TestIdentityProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's HTTP API, called over a real socket as a client would: with a bearer
 * token from the test identity provider with both intake scopes, fresh for each request.
 */
public final class IntakeApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The subject of the tokens it sends. */
    public static final String SUBJECT = "intake-tests";

    /** The subject of the tokens that ask for erasures. */
    public static final String PRIVACY_OFFICER = "privacy-officer";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public IntakeApi(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> submit(String body) {
        return submit(body, null);
    }

    public HttpResponse<String> submit(String body, String idempotencyKey) {
        return submitAs(SUBJECT, body, idempotencyKey);
    }

    /**
     * A submission by another client: tokens with {@code subject} and the upstream
     * portal's scopes.
     */
    public HttpResponse<String> submitAs(String subject, String body, String idempotencyKey) {
        HttpRequest.Builder request = post("/api/enrollments", "application/json",
                HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build(), subject, "enrollments.write", "enrollments.read");
    }

    /** The key as intake stores it for a submission by {@link #SUBJECT}. */
    public static String storedKey(String idempotencyKey) {
        return new Submission(null, idempotencyKey, SUBJECT, Submission.Channel.HTTP, null, List.of())
            .scopedIdempotencyKey();
    }

    /** POSTs {@code body} with Transfer-Encoding: chunked (no Content-Length). */
    public HttpResponse<String> submitChunked(byte[] body) {
        return send(post("/api/enrollments", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build());
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(post(path, contentType, HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    public HttpResponse<String> send(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
    }

    /**
     * DELETE of the enrollment's personal data, as {@link #PRIVACY_OFFICER} with scope
     * privacy.write.
     */
    public HttpResponse<String> erasePersonalData(String enrollmentId) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/enrollments/" + enrollmentId + "/personal-data"))
            .timeout(Duration.ofSeconds(30))
            .DELETE()
            .build(), PRIVACY_OFFICER, "privacy.write");
    }

    public HttpResponse<String> enrollment(String enrollmentId) {
        return get("/api/enrollments/" + enrollmentId);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder post(String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, SUBJECT, "enrollments.write", "enrollments.read");
    }

    private HttpResponse<String> send(HttpRequest request, String subject, String... scopes) {
        String token = TestIdentityProvider.get().token(subject, scopes);
        HttpRequest authorized = HttpRequest.newBuilder(request, (name, value) -> true)
            .header("Authorization", "Bearer " + token)
            .build();
        try {
            return http.send(authorized, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
