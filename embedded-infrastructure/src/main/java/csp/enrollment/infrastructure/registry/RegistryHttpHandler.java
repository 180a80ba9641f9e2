package csp.enrollment.infrastructure.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import csp.enrollment.serde.SchemaRegistryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the development registry: finds the route, runs it and writes
 * Confluent's JSON answer, or its error body {@code {"error_code": 40401, "message":
 * "..."}} with the HTTP status the code starts with. Every answer is
 * {@code application/vnd.schemaregistry.v1+json}.
 */
final class RegistryHttpHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(RegistryHttpHandler.class);
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final Routes routes;

    private final ObjectMapper json;

    RegistryHttpHandler(Routes routes, ObjectMapper json) {
        this.routes = routes;
        this.json = json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            int status;
            try {
                body = json.writeValueAsBytes(answer(exchange));
                status = 200;
            }
            catch (SchemaRegistryException e) {
                body = error(e.errorCode(), e.getMessage());
                status = e.httpStatus();
            }
            catch (RuntimeException e) {
                log.error("Schema registry request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(),
                        e);
                body = error(50001, "Internal error: " + e.getMessage());
                status = 500;
            }
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Object answer(HttpExchange exchange) throws IOException {
        Routes.Match match = routes.match(exchange.getRequestMethod(), segments(exchange.getRequestURI().getRawPath()));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return match.handler()
            .handle(new RegistryRequest(match.pathParts(), query(exchange.getRequestURI().getRawQuery()), body, json));
    }

    private byte[] error(int code, String message) throws IOException {
        return json.writeValueAsBytes(json.createObjectNode().put("error_code", code).put("message", message));
    }

    /** Decoded one by one, so a subject may hold an encoded {@code /}. */
    private static List<String> segments(String rawPath) {
        return Arrays.stream(rawPath.split("/"))
            .filter(segment -> !segment.isEmpty())
            .map(segment -> URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8))
            .toList();
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                query.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return query;
    }

}
