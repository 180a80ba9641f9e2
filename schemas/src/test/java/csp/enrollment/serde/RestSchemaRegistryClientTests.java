package csp.enrollment.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import csp.enrollment.events.CreditCheckPassed;

/** The REST client against a tiny HTTP server answering canned Confluent JSON. */
class RestSchemaRegistryClientTests {

    private static final Schema SCHEMA = CreditCheckPassed.getClassSchema();

    private static final String SUBJECT = "enrollment.credit-check-passed-value";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Canned> answers = new ConcurrentHashMap<>();

    private final List<Received> received = new CopyOnWriteArrayList<>();

    private final CountDownLatch releaseSlowAnswers = new CountDownLatch(1);

    private HttpServer server;

    private RestSchemaRegistryClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        client = new RestSchemaRegistryClient("http://127.0.0.1:" + server.getAddress().getPort() + "/",
                Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @AfterEach
    void stopServer() {
        releaseSlowAnswers.countDown();
        server.stop(0);
    }

    @Test
    void registersASchemaByPostingItAsConfluentJson() throws IOException {
        answer("POST", "/subjects/" + SUBJECT + "/versions", 200, "{\"id\":7}");

        int id = client.register(SUBJECT, SCHEMA);

        assertThat(id).isEqualTo(7);
        Received request = received.get(0);
        assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(request.accept()).startsWith("application/vnd.schemaregistry.v1+json");
        JsonNode body = JSON.readTree(request.body());
        assertThat(new Schema.Parser().parse(body.get("schema").asText())).isEqualTo(SCHEMA);
    }

    @Test
    void looksUpASchemaUnderASubject() {
        answer("POST", "/subjects/" + SUBJECT, 200, registered(3, 7));

        assertThat(client.idOf(SUBJECT, SCHEMA)).isEqualTo(7);
        assertThat(received.get(0).method()).isEqualTo("POST");
    }

    @Test
    void fetchesASchemaById() {
        answer("GET", "/schemas/ids/7", 200, "{\"schema\":" + quoted(SCHEMA.toString()) + "}");

        assertThat(client.schemaById(7)).isEqualTo(SCHEMA);
    }

    @Test
    void fetchesTheLatestVersionOfASubject() {
        answer("GET", "/subjects/" + SUBJECT + "/versions/latest", 200, registered(3, 7));

        assertThat(client.latest(SUBJECT)).isEqualTo(new RegisteredSchema(SUBJECT, 3, 7, SCHEMA));
    }

    @Test
    void listsTheSubjects() {
        answer("GET", "/subjects", 200, "[\"enrollment.submitted-value\",\"" + SUBJECT + "\"]");

        assertThat(client.subjects()).containsExactly("enrollment.submitted-value", SUBJECT);
    }

    @Test
    void encodesTheSubjectInThePath() {
        answer("GET", "/subjects/odd subject/versions/latest", 200, registered(1, 1));

        client.latest("odd subject");

        assertThat(received.get(0).rawPath()).isEqualTo("/subjects/odd%20subject/versions/latest");
    }

    @Test
    void turnsAConfluentErrorBodyIntoAnExceptionWithItsCode() {
        answer("GET", "/schemas/ids/99", 404, "{\"error_code\":40403,\"message\":\"Schema 99 not found\"}");

        assertThatThrownBy(() -> client.schemaById(99))
            .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403))
            .hasMessageStartingWith("Schema 99 not found")
            .hasMessageContaining("HTTP 404");
    }

    @Test
    void turnsAnIncompatibilityAnswerIntoCode409() {
        answer("POST", "/subjects/" + SUBJECT + "/versions", 409, "{\"error_code\":409,\"message\":"
                + "\"Schema being registered is incompatible with an earlier schema for subject\"}");

        assertThatThrownBy(() -> client.register(SUBJECT, SCHEMA))
            .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(409))
            .hasMessageContaining("incompatible");
    }

    @Test
    void usesTheHttpStatusWhenTheErrorBodyIsNotConfluentJson() {
        answer("GET", "/schemas/ids/5", 502, "<html>Bad Gateway</html>");

        assertThatThrownBy(() -> client.schemaById(5))
            .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(502))
            .hasMessageContaining("Bad Gateway");
    }

    @Test
    void reportsAnUnreachableRegistryWithItsUrl() {
        String url = ClosedPort.url();
        RestSchemaRegistryClient unreachable = new RestSchemaRegistryClient(url);

        assertThatThrownBy(() -> unreachable.schemaById(1))
            .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(50001))
            .hasMessageStartingWith("schema registry unreachable at URL: " + url);
    }

    @Test
    void givesUpOnARegistryThatDoesNotAnswerWithinTheReadTimeout() {
        answers.put("GET /subjects", new Canned(200, "[]", true));
        RestSchemaRegistryClient impatient = new RestSchemaRegistryClient(
                "http://127.0.0.1:" + server.getAddress().getPort(), Duration.ofSeconds(2), Duration.ofMillis(200));

        assertThatThrownBy(impatient::subjects)
            .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(50001))
            .hasMessageStartingWith("schema registry unreachable at URL: ")
            .hasMessageContaining("HttpTimeoutException");
    }

    private void answer(String method, String path, int status, String body) {
        answers.put(method + " " + path, new Canned(status, body, false));
    }

    private static String registered(int version, int id) {
        return "{\"subject\":\"" + SUBJECT + "\",\"version\":" + version + ",\"id\":" + id + ",\"schema\":"
                + quoted(SCHEMA.toString()) + "}";
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst("Accept"),
                body));
        Canned canned = answers.getOrDefault(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(),
                new Canned(404, "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}", false));
        if (canned.slow()) {
            try {
                releaseSlowAnswers.await(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", RestSchemaRegistryClient.CONTENT_TYPE);
        exchange.sendResponseHeaders(canned.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        catch (IOException clientGone) {
            // the impatient client has hung up already
        }
    }

    private record Canned(int status, String body, boolean slow) {
    }

    private record Received(String method, String rawPath, String contentType, String accept, String body) {
    }

}
