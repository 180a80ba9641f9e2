package csp.enrollment.testinfra.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Walks a service's OpenAPI document ({@code /v3/api-docs}, read without a token) and
 * proves for every operation in it: no token is a {@code 401} problem, a token with every
 * scope of contract section 7 except the operation's is a {@code 403} problem, and the
 * operation's scope gets past security (neither 401 nor 403). The expected scopes are the
 * test's own table, and every operation of the document must be in it, so a new endpoint
 * cannot go unlisted. Path variables are filled with {@value #PATH_VALUE}; POST and PUT
 * send {@code {}}.
 */
public final class OpenApiAccessCheck {

    /** Every scope of contract section 7. */
    public static final List<String> EVERY_SCOPE = List.of("enrollments.write", "enrollments.read", "reviews.read",
            "reviews.write", "directory.write", "bureau.write", "notifications.read", "operations.write",
            "privacy.write");

    public static final String PATH_VALUE = "4412345";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Sends one request; {@code bearer} may be {@code null} (no Authorization header),
     * {@code body} too.
     */
    @FunctionalInterface
    public interface Transport {

        Answer send(String method, String path, String bearer, String body);

    }

    public record Answer(int status, String contentType, String body) {
    }

    /** An operation of the document, e.g. {@code GET /api/enrollments/{enrollmentId}}. */
    public record Operation(String method, String pathTemplate) {

        public String key() {
            return method + " " + pathTemplate;
        }

        public String path() {
            return pathTemplate.replaceAll("\\{[^}/]+}", PATH_VALUE);
        }

        String body() {
            return method.equals("POST") || method.equals("PUT") || method.equals("PATCH") ? "{}" : null;
        }
    }

    private final Transport transport;

    private final TestIdentityProvider identityProvider;

    public OpenApiAccessCheck(Transport transport, TestIdentityProvider identityProvider) {
        this.transport = transport;
        this.identityProvider = identityProvider;
    }

    /** Real HTTP to {@code baseUrl}, e.g. {@code http://localhost:8080}. */
    public static Transport http(String baseUrl) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return (method, path, bearer, body) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.body());
            }
            catch (IOException ex) {
                throw new IllegalStateException(method + " " + path + " did not answer", ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        };
    }

    /** The operations of the service's OpenAPI document, read without a token. */
    public List<Operation> operations() {
        Answer document = transport.send("GET", "/v3/api-docs", null, null);
        assertEquals(200, document.status(), "the OpenAPI document needs no token: " + document.body());
        List<Operation> operations = new ArrayList<>();
        try {
            JsonNode paths = JSON.readTree(document.body()).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> path = it.next();
                for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                    String method = methods.next().toUpperCase(Locale.ROOT);
                    if (Set.of("GET", "PUT", "POST", "DELETE", "PATCH").contains(method)) {
                        operations.add(new Operation(method, path.getKey()));
                    }
                }
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException("The OpenAPI document is no JSON", ex);
        }
        return operations;
    }

    /**
     * One test that the document's operations are exactly {@code table}'s keys
     * ({@code "GET /api/x/{id}"} to the scopes any one of which grants it), and three per
     * operation: anonymous, wrong scope, right scope.
     */
    public Stream<DynamicTest> tests(Map<String, List<String>> table) {
        List<Operation> operations = operations();
        Stream<DynamicTest> complete = Stream.of(dynamicTest("the table names every operation of the OpenAPI document",
                () -> assertEquals(new TreeSet<>(table.keySet()),
                        new TreeSet<>(operations.stream().map(Operation::key).toList()))));
        Stream<DynamicTest> each = operations.stream()
            .filter(operation -> table.containsKey(operation.key()))
            .flatMap(operation -> Stream.of(
                    dynamicTest(operation.key() + ": no token is 401", () -> assertRefusesAnonymous(operation)),
                    dynamicTest(operation.key() + ": a token without its scope is 403",
                            () -> assertRefusesWithout(operation, table.get(operation.key()))),
                    dynamicTest(operation.key() + ": its scope gets past security",
                            () -> table.get(operation.key()).forEach(scope -> assertAdmits(operation, scope)))));
        return Stream.concat(complete, each);
    }

    public void assertRefusesAnonymous(Operation operation) {
        Answer answer = transport.send(operation.method(), operation.path(), null, operation.body());
        assertProblem(operation, answer, 401, "urn:csp-enrollment:problem:unauthorized");
    }

    public void assertRefusesWithout(Operation operation, List<String> anyOfScopes) {
        String[] others = EVERY_SCOPE.stream().filter(scope -> !anyOfScopes.contains(scope)).toArray(String[]::new);
        Answer answer = transport.send(operation.method(), operation.path(),
                identityProvider.token("access-check", others), operation.body());
        assertProblem(operation, answer, 403, "urn:csp-enrollment:problem:forbidden");
    }

    public Answer assertAdmits(Operation operation, String scope) {
        Answer answer = transport.send(operation.method(), operation.path(),
                identityProvider.token("access-check", scope), operation.body());
        assertTrue(answer.status() != 401 && answer.status() != 403,
                operation.key() + " with scope " + scope + " answered " + answer.status() + ": " + answer.body());
        return answer;
    }

    private static void assertProblem(Operation operation, Answer answer, int status, String type) {
        assertEquals(status, answer.status(), operation.key() + " answered " + answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"),
                operation.key() + " answered with content type " + answer.contentType());
        try {
            JsonNode problem = JSON.readTree(answer.body());
            assertEquals(type, problem.path("type").asText(), answer.body());
            assertEquals(status, problem.path("status").asInt(), answer.body());
            assertEquals(operation.path(), problem.path("instance").asText(), answer.body());
            assertTrue(!problem.path("title").asText().isEmpty() && !problem.path("detail").asText().isEmpty(),
                    answer.body());
        }
        catch (IOException ex) {
            throw new AssertionError(operation.key() + " answered no JSON: " + answer.body(), ex);
        }
    }

}
