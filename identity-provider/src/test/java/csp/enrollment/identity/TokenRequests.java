package csp.enrollment.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP to the identity provider, as any OAuth2 client speaks it. */
final class TokenRequests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Answer(int status, JsonNode body, HttpResponse<String> response) {
    }

    private final HttpClient http;

    private final String issuer;

    TokenRequests(HttpClient http, String issuer) {
        this.http = http;
        this.issuer = issuer;
    }

    /**
     * Client credentials with the secret in the Authorization header
     * (client_secret_basic).
     */
    Answer clientCredentialsBasic(String clientId, String secret, String scope) {
        return postForm("/oauth2/token", basic(clientId, secret),
                form("grant_type", "client_credentials", "scope", scope));
    }

    /** Client credentials with the secret in the form (client_secret_post). */
    Answer clientCredentialsPost(String clientId, String secret, String scope) {
        return postForm("/oauth2/token", null, form("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret, "scope", scope));
    }

    Answer postForm(String path, String authorization, Map<String, String> form) {
        var request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : issuer + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    Answer get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : issuer + path))
            .header("Accept", accept)
            .GET()
            .build());
    }

    static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder()
            .encodeToString((urlEncode(clientId) + ":" + urlEncode(secret)).getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                form.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return form;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.headers().firstValue("Content-Type").orElse("").contains("json")
                    ? JSON.readTree(response.body()) : JSON.nullNode();
            return new Answer(response.statusCode(), body, response);
        }
        catch (IOException ex) {
            throw new IllegalStateException(request.uri() + " did not answer", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet()
            .stream()
            .map(e -> urlEncode(e.getKey()) + "=" + urlEncode(e.getValue()))
            .collect(Collectors.joining("&"));
    }

    private static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
