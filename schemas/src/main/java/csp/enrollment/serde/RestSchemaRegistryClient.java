package csp.enrollment.serde;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Speaks the Confluent Schema Registry REST API (the subset the serde needs) to a real
 * registry or to the development registry. Error bodies
 * ({@code {"error_code":40403,"message":"..."}}) become {@link SchemaRegistryException}s
 * with that code; a registry that cannot be reached becomes code {@code 50001}.
 * Thread-safe; no caching (see {@link CachingSchemaRegistryClient}).
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final String ACCEPT = CONTENT_TYPE
            + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";

    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;

    private final Duration readTimeout;

    private final HttpClient http;

    public RestSchemaRegistryClient(String baseUrl) {
        this(baseUrl, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    public RestSchemaRegistryClient(String baseUrl, Duration connectTimeout, Duration readTimeout) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        this.baseUrl = baseUrl.trim().replaceAll("/+$", "");
        URI.create(this.baseUrl); // fail fast on a malformed URL
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        // HTTP/1.1 as Confluent's own client: no h2c upgrade dance with registries behind
        // proxies.
        this.http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    }

    /** The registry's base URL, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public int register(String subject, Schema schema) {
        return send(post("/subjects/" + encode(subject) + "/versions", schemaBody(schema))).path("id").asInt();
    }

    @Override
    public int idOf(String subject, Schema schema) {
        return send(post("/subjects/" + encode(subject), schemaBody(schema))).path("id").asInt();
    }

    @Override
    public Schema schemaById(int id) {
        return parse(send(get("/schemas/ids/" + id)).path("schema").asText());
    }

    @Override
    public RegisteredSchema latest(String subject) {
        JsonNode body = send(get("/subjects/" + encode(subject) + "/versions/latest"));
        return new RegisteredSchema(body.path("subject").asText(subject), body.path("version").asInt(),
                body.path("id").asInt(), parse(body.path("schema").asText()));
    }

    @Override
    public List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        send(get("/subjects")).forEach(subject -> subjects.add(subject.asText()));
        return List.copyOf(subjects);
    }

    /**
     * The dry run of a registration ({@code POST
     * /compatibility/subjects/{subject}/versions/latest?verbose=true}): the registry's
     * reasons why {@code schema} may not follow the latest version under the subject's
     * compatibility level; empty when it may (also when the subject has no version yet).
     */
    public List<String> compatibilityProblems(String subject, Schema schema) {
        JsonNode answer = send(post("/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true",
                schemaBody(schema)));
        if (answer.path("is_compatible").asBoolean(false)) {
            return List.of();
        }
        List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(message -> messages.add(message.asText()));
        return messages.isEmpty() ? List.of("incompatible (the registry gave no details)") : List.copyOf(messages);
    }

    @Override
    public String toString() {
        return "RestSchemaRegistryClient[" + baseUrl + "]";
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, String body) {
        return request(path).header("Content-Type", CONTENT_TYPE)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(readTimeout).header("Accept", ACCEPT);
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw unreachable(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(SchemaRegistryException.UNREACHABLE_OR_INTERNAL,
                    "interrupted while calling the schema registry at " + baseUrl, e);
        }
        JsonNode body = readJson(response);
        if (response.statusCode() >= 300) {
            throw error(request, response.statusCode(), body, response.body());
        }
        if (body == null) {
            throw new SchemaRegistryException(SchemaRegistryException.UNREACHABLE_OR_INTERNAL,
                    "schema registry at " + baseUrl + " answered " + request.method() + " " + request.uri().getPath()
                            + " with no JSON: " + abbreviate(response.body()));
        }
        return body;
    }

    private SchemaRegistryException unreachable(IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new SchemaRegistryException(SchemaRegistryException.UNREACHABLE_OR_INTERNAL,
                "schema registry unreachable at URL: " + baseUrl + " (" + detail + ")", e);
    }

    private static SchemaRegistryException error(HttpRequest request, int status, JsonNode body, String text) {
        int code = body != null && body.hasNonNull("error_code") ? body.get("error_code").asInt() : status;
        String message = body != null && body.hasNonNull("message") ? body.get("message").asText() : abbreviate(text);
        return new SchemaRegistryException(code, message + " (HTTP " + status + " from " + request.method() + " "
                + request.uri() + ", error code " + code + ")");
    }

    private static JsonNode readJson(HttpResponse<String> response) {
        String text = response.body();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        }
        catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String schemaBody(Schema schema) {
        try {
            return JSON.writeValueAsString(JSON.createObjectNode().put("schema", schema.toString()));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON string", e);
        }
    }

    private static Schema parse(String schemaText) {
        try {
            return new Schema.Parser().parse(schemaText);
        }
        catch (SchemaParseException e) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA,
                    "the schema registry returned an invalid Avro schema: " + e.getMessage(), e);
        }
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

}
