package csp.enrollment.localstack.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' APIs as an upstream system and an operator use them. Counts every 5xx answer: the
 * services must never give one for anything a client sent, and the fault table reports them.
 */
final class PipelineHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FaultTarget target;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicInteger serverErrors = new AtomicInteger();

    PipelineHttp(FaultTarget target) {
        this.target = target;
    }

    record Answer(int status, String contentType, JsonNode body) {

        boolean accepted() {
            return status == 200 || status == 201 || status == 202 || status == 204;
        }
    }

    FaultTarget target() {
        return target;
    }

    int serverErrors() {
        return serverErrors.get();
    }

    /** POST /api/enrollments with an Idempotency-Key. */
    Answer submit(String body, String idempotencyKey) throws IOException {
        return send("POST", target.intake() + "/api/enrollments", body, idempotencyKey);
    }

    Answer enrollment(String enrollmentId) throws IOException {
        return send("GET", target.intake() + "/api/enrollments/" + enrollmentId, null, null);
    }

    Answer putMembership(String mpnId, String status, String countryCode) throws IOException {
        return send("PUT", target.verification() + "/api/partner-network/memberships/" + mpnId,
                "{\"status\": \"" + status + "\", \"countryCode\": \"" + countryCode + "\"}", null);
    }

    Answer membership(String mpnId) throws IOException {
        return send("GET", target.verification() + "/api/partner-network/memberships/" + mpnId, null, null);
    }

    Answer decideReview(String enrollmentId, boolean approve) throws IOException {
        return send("POST", target.verification() + "/api/reviews/" + enrollmentId + "/decision",
                "{\"decision\": \"" + (approve ? "APPROVE" : "REJECT")
                        + "\", \"reason\": \"Checked by the fault suite\", \"reviewer\": \"fault-suite\"}", null);
    }

    Answer putCreditReport(String mpnId, int score) throws IOException {
        return send("PUT", target.creditCheck() + "/api/credit-bureau/reports/" + mpnId, "{\"score\": " + score + "}",
                null);
    }

    Answer creditReport(String mpnId) throws IOException {
        return send("GET", target.creditCheck() + "/api/credit-bureau/reports/" + mpnId, null, null);
    }

    Answer creditCheck(String enrollmentId) throws IOException {
        return send("GET", target.creditCheck() + "/api/credit-checks/" + enrollmentId, null, null);
    }

    Answer bureauAvailable(boolean available) throws IOException {
        return send("PUT", target.creditCheck() + "/api/credit-bureau/availability",
                "{\"available\": " + available + "}", null);
    }

    Answer bureauAvailability() throws IOException {
        return send("GET", target.creditCheck() + "/api/credit-bureau/availability", null, null);
    }

    Answer health() throws IOException {
        return send("GET", target.intake() + "/actuator/health", null, null);
    }

    private Answer send(String method, String url, String body, String idempotencyKey) throws IOException {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted: " + method + " " + url, ex);
        }
        if (response.statusCode() >= 500) {
            serverErrors.incrementAndGet();
        }
        String text = response.body();
        JsonNode json;
        try {
            json = text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        }
        catch (RuntimeException notJson) {
            json = JSON.nullNode();
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json);
    }
}
