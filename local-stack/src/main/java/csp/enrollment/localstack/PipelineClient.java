package csp.enrollment.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' HTTP APIs as an upstream system or an operator uses them, for the demo,
 * the end-to-end test and the fault suite. Counts 5xx answers: no client input may cause
 * one. Given a {@link ClientCredentialsToken}, it sends every call with that bearer token
 * (contract §7).
 */
public final class PipelineClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StackUrls target;

    private final HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(3))
        .build();

    private final AtomicInteger serverErrors = new AtomicInteger();

    /** Null: calls go without a token, as to services that ask for none. */
    private final ClientCredentialsToken token;

    /**
     * Calls with an {@code operator-cli} token (every scope) from {@code target}'s
     * issuer, as the demo, the benchmark and the fault suite do; without a token when it
     * names no issuer.
     */
    public PipelineClient(StackUrls target) {
        this(target, target.issuer() == null ? null : ClientCredentialsToken.operatorCli(target.issuer()));
    }

    /**
     * Every call carries {@code token} as {@code Authorization: Bearer ...}; null for no
     * token.
     */
    public PipelineClient(StackUrls target, ClientCredentialsToken token) {
        this.target = target;
        this.token = token;
    }

    public record Answer(int status, String contentType, JsonNode body) {

        public boolean accepted() {
            return status == 200 || status == 201 || status == 202 || status == 204;
        }
    }

    public int serverErrors() {
        return serverErrors.get();
    }

    /**
     * POST /api/enrollments without an Idempotency-Key: every call is a new application.
     */
    public Answer submit(String body) throws IOException {
        return submit(body, null);
    }

    /** POST /api/enrollments with an Idempotency-Key (null for none). */
    public Answer submit(String body, String idempotencyKey) throws IOException {
        return send("POST", target.intake() + "/api/enrollments", body, idempotencyKey);
    }

    public Answer enrollment(String enrollmentId) throws IOException {
        return send("GET", target.intake() + "/api/enrollments/" + enrollmentId, null, null);
    }

    /**
     * The partner accepts {@code agreement} (contract §8): accepted by the admin, version
     * 2026-01.
     */
    public Answer acceptAgreement(String enrollmentId, String agreement, String acceptedByEmail) throws IOException {
        return send("POST", target.intake() + "/api/enrollments/" + enrollmentId + "/agreement",
                "{\"agreement\": \"" + agreement + "\", \"version\": \"2026-01\", \"acceptedBy\": {\"name\": "
                        + "\"Partner Admin\", \"email\": \"" + acceptedByEmail + "\"}}",
                null);
    }

    /**
     * The partner records the support plan it bought ({@code ASFP} or {@code PSFP}), now
     * (contract §8).
     */
    public Answer recordSupportPlan(String enrollmentId, String plan) throws IOException {
        return send("POST", target.intake() + "/api/enrollments/" + enrollmentId + "/support-plan",
                "{\"plan\": \"" + plan + "\", \"purchasedAt\": \"" + Instant.now() + "\"}", null);
    }

    /**
     * A direct bill enrollment moves to the indirect reseller model (contract §9); the
     * body is the new enrollment.
     */
    public Answer transition(String enrollmentId, String reason) throws IOException {
        return send("POST", target.intake() + "/api/enrollments/" + enrollmentId + "/transition",
                "{\"reason\": \"" + reason + "\"}", null);
    }

    /** DELETE of an enrollment's personal data (scope privacy.write). */
    public Answer erasePersonalData(String enrollmentId) throws IOException {
        return send("DELETE", target.intake() + "/api/enrollments/" + enrollmentId + "/personal-data", null, null);
    }

    public Answer putMembership(String mpnId, String status, String countryCode) throws IOException {
        return send("PUT", target.verification() + "/api/partner-network/memberships/" + mpnId,
                "{\"status\": \"" + status + "\", \"countryCode\": \"" + countryCode + "\"}", null);
    }

    public Answer membership(String mpnId) throws IOException {
        return send("GET", target.verification() + "/api/partner-network/memberships/" + mpnId, null, null);
    }

    /**
     * Decides a review. The service records the token's subject as who decided (contract
     * section 7), so {@code reviewer} is not sent: it names the caller's role in the
     * caller's own output only.
     */
    public Answer decideReview(String enrollmentId, boolean approve, String reason, String reviewer)
            throws IOException {
        return send("POST", target.verification() + "/api/reviews/" + enrollmentId + "/decision",
                "{\"decision\": \"" + (approve ? "APPROVE" : "REJECT") + "\", \"reason\": \"" + reason + "\"}", null);
    }

    public Answer notifications(String enrollmentId) throws IOException {
        return send("GET", target.notification() + "/api/notifications?enrollmentId=" + enrollmentId, null, null);
    }

    public Answer putCreditReport(String mpnId, int score) throws IOException {
        return send("PUT", target.creditCheck() + "/api/credit-bureau/reports/" + mpnId, "{\"score\": " + score + "}",
                null);
    }

    public Answer creditReport(String mpnId) throws IOException {
        return send("GET", target.creditCheck() + "/api/credit-bureau/reports/" + mpnId, null, null);
    }

    public Answer creditCheck(String enrollmentId) throws IOException {
        return send("GET", target.creditCheck() + "/api/credit-checks/" + enrollmentId, null, null);
    }

    public Answer bureauAvailable(boolean available) throws IOException {
        return send("PUT", target.creditCheck() + "/api/credit-bureau/availability",
                "{\"available\": " + available + "}", null);
    }

    public Answer bureauAvailability() throws IOException {
        return send("GET", target.creditCheck() + "/api/credit-bureau/availability", null, null);
    }

    /**
     * GET /api/dead-letters of the service at {@code serviceUrl} (one of
     * {@link StackUrls}').
     */
    public Answer deadLetters(String serviceUrl, String topic, int limit) throws IOException {
        return send("GET", serviceUrl + "/api/dead-letters?topic=" + topic + "&limit=" + limit, null, null);
    }

    /**
     * Replays a dead letter of the service at {@code serviceUrl}, named by its original
     * record.
     */
    public Answer replayDeadLetter(String serviceUrl, String topic, int partition, long offset) throws IOException {
        return send("POST", serviceUrl + "/api/dead-letters/" + topic + "/" + partition + "/" + offset + "/replay",
                null, null);
    }

    public Answer health() throws IOException {
        return send("GET", target.intake() + "/actuator/health", null, null);
    }

    private Answer send(String method, String url, String body, String idempotencyKey) throws IOException {
        Answer answer = sendOnce(method, url, body, idempotencyKey);
        if (answer.status() == 401 && token != null) {
            // an identity provider restarted with another key: one new token, one more
            // try
            token.invalidate();
            answer = sendOnce(method, url, body, idempotencyKey);
        }
        return answer;
    }

    private Answer sendOnce(String method, String url, String body, String idempotencyKey) throws IOException {
        var request = HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token.value());
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        else {
            request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
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
