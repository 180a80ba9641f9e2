package csp.enrollment.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the services' APIs, as an upstream system or an operator uses them. */
final class PipelineClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StackUrls urls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PipelineClient(StackUrls urls) {
        this.urls = urls;
    }

    record Answer(int status, JsonNode body) {
    }

    Answer submit(String applicationJson) {
        return send("POST", urls.intake() + "/api/enrollments", applicationJson);
    }

    Answer enrollment(String enrollmentId) {
        return send("GET", urls.intake() + "/api/enrollments/" + enrollmentId, null);
    }

    Answer notifications(String enrollmentId) {
        return send("GET", urls.notification() + "/api/notifications?enrollmentId=" + enrollmentId, null);
    }

    Answer putMembership(String mpnId, String status, String countryCode) {
        return send("PUT", urls.verification() + "/api/partner-network/memberships/" + mpnId,
                "{\"status\": \"" + status + "\", \"countryCode\": \"" + countryCode + "\"}");
    }

    Answer putCreditReport(String mpnId, int score) {
        return send("PUT", urls.creditCheck() + "/api/credit-bureau/reports/" + mpnId, "{\"score\": " + score + "}");
    }

    Answer decideReview(String enrollmentId, String decision, String reason) {
        return send("POST", urls.verification() + "/api/reviews/" + enrollmentId + "/decision",
                "{\"decision\": \"" + decision + "\", \"reason\": \"" + reason + "\", \"reviewer\": \"demo-reviewer\"}");
    }

    private Answer send(String method, String url, String body) {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
            return new Answer(response.statusCode(), json);
        }
        catch (IOException ex) {
            throw new IllegalStateException(method + " " + url + " failed: " + ex.getMessage(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + method + " " + url, ex);
        }
    }
}
