package csp.enrollment.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client-credentials access token from the identity provider's token endpoint, as any
 * OAuth2 client gets one: fetched on first use, kept, and fetched again shortly before it
 * expires.
 */
public final class ClientCredentialsToken {

    /**
     * Every scope of contract §7: what the demo, the benchmark and the fault suite need.
     */
    public static final String EVERY_SCOPE = "enrollments.write enrollments.read reviews.read reviews.write"
            + " directory.write bureau.write notifications.read operations.write privacy.write";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final URI tokenEndpoint;

    private final String authorization;

    private final String scope;

    private final Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private String token;

    private Instant refreshAt = Instant.MIN;

    public ClientCredentialsToken(String tokenEndpoint, String clientId, String secret, String scope) {
        this(tokenEndpoint, clientId, secret, scope, Clock.systemUTC());
    }

    ClientCredentialsToken(String tokenEndpoint, String clientId, String secret, String scope, Clock clock) {
        this.tokenEndpoint = URI.create(tokenEndpoint);
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * The local stack's {@code operator-cli} with every scope (development secret,
     * contract §7).
     */
    public static ClientCredentialsToken operatorCli(String issuer) {
        return new ClientCredentialsToken(issuer + "/oauth2/token", "operator-cli", "operator-cli-secret", EVERY_SCOPE);
    }

    /**
     * The current token, fetched when there is none or it expires within 30 seconds (or
     * half its life).
     */
    public synchronized String value() throws IOException {
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return token;
    }

    /**
     * Forgets the token, e.g. after a 401: the identity provider may have restarted with
     * another key.
     */
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() throws IOException {
        Instant asked = clock.instant();
        var request = HttpRequest.newBuilder(tokenEndpoint)
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", authorization)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers
                .ofString("grant_type=client_credentials&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8)))
            .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while asking " + tokenEndpoint + " for a token", ex);
        }
        if (response.statusCode() != 200) {
            throw new IOException(tokenEndpoint + " refused a token: " + response.statusCode() + " " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        Duration lifetime = Duration.ofSeconds(body.path("expires_in").asLong(60));
        Duration margin = lifetime.dividedBy(2).compareTo(MARGIN) < 0 ? lifetime.dividedBy(2) : MARGIN;
        token = body.path("access_token").asString();
        refreshAt = asked.plus(lifetime).minus(margin);
    }

}
