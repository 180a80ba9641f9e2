package csp.enrollment.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Every event through the serde configured by URL only, as Kafka creates it, against a
 * minimal Confluent REST front of an {@link InMemorySchemaRegistry}: the full schemas
 * (docs, logical types, Java string hints) survive the JSON trip both ways.
 */
class AvroSerdeOverHttpTests {

    private static final Pattern REGISTER = Pattern.compile("/subjects/([^/]+)/versions");

    private static final Pattern SCHEMA_BY_ID = Pattern.compile("/schemas/ids/(\\d+)");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    private HttpServer server;

    private AvroSerializer serializer;

    private AvroDeserializer deserializer;

    @BeforeEach
    void startRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        serializer = new AvroSerializer();
        serializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, url), false);
        deserializer = new AvroDeserializer();
        deserializer.configure(
                Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, url, AvroSerdeConfig.SPECIFIC_AVRO_READER, "true"), false);
    }

    @AfterEach
    void stopRegistry() {
        server.stop(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csp.enrollment.serde.AvroSerdeRoundTripTests#events")
    void roundTripsEveryEventThroughARestRegistry(String topic, SpecificRecord event) {
        byte[] payload = serializer.serialize(topic, event);

        assertThat(deserializer.deserialize(topic, payload)).isEqualTo(event);
        assertThat(registry.latest(topic + "-value").schema()).isEqualTo(event.getSchema());
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        Matcher register = REGISTER.matcher(path);
        Matcher byId = SCHEMA_BY_ID.matcher(path);
        String answer;
        if (exchange.getRequestMethod().equals("POST") && register.matches()) {
            String schema = JSON.readTree(exchange.getRequestBody()).get("schema").asText();
            int id = registry.register(URLDecoder.decode(register.group(1), StandardCharsets.UTF_8),
                    new Schema.Parser().parse(schema));
            answer = JSON.createObjectNode().put("id", id).toString();
        }
        else if (exchange.getRequestMethod().equals("GET") && byId.matches()) {
            Schema schema = registry.schemaById(Integer.parseInt(byId.group(1)));
            answer = JSON.createObjectNode().put("schema", schema.toString()).toString();
        }
        else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", RestSchemaRegistryClient.CONTENT_TYPE);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

}
