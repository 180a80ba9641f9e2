package csp.enrollment.infrastructure.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import csp.enrollment.serde.InMemorySchemaRegistry;
import csp.enrollment.serde.RegisteredSchema;
import csp.enrollment.serde.SchemaRegistryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Confluent's REST subset: routes a request to the registry and writes Confluent's JSON shapes. */
final class RegistryHttpHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(RegistryHttpHandler.class);
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final int INVALID_VERSION = 42202;

    private final InMemorySchemaRegistry registry;
    private final ObjectMapper json;

    RegistryHttpHandler(InMemorySchemaRegistry registry, ObjectMapper json) {
        this.registry = registry;
        this.json = json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            int status;
            try {
                body = json.writeValueAsBytes(route(exchange));
                status = 200;
            } catch (SchemaRegistryException e) {
                body = error(e.errorCode(), e.getMessage());
                status = e.httpStatus();
            } catch (RuntimeException e) {
                log.error("Schema registry request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                body = error(SchemaRegistryException.UNREACHABLE_OR_INTERNAL, "Internal error: " + e.getMessage());
                status = 500;
            }
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Object route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        List<String> path = segments(exchange.getRequestURI().getRawPath());
        int size = path.size();
        if (size == 0) {
            return get(method, json.createObjectNode());
        }
        switch (path.get(0)) {
            case "subjects" -> {
                if (size == 1) {
                    return get(method, registry.subjects());
                }
                String subject = path.get(1);
                if (size == 2) {
                    requireMethod(method, "POST");
                    return lookup(subject, readSchema(exchange));
                }
                if (size >= 3 && path.get(2).equals("versions")) {
                    if (size == 3) {
                        if (method.equals("POST")) {
                            return json.createObjectNode().put("id", registry.register(subject, readSchema(exchange)));
                        }
                        return get(method, registry.versions(subject));
                    }
                    RegisteredSchema version = version(subject, path.get(3));
                    if (size == 4) {
                        return get(method, describe(version));
                    }
                    if (size == 5 && path.get(4).equals("schema")) {
                        return get(method, json.readTree(version.schema().toString()));
                    }
                }
            }
            case "schemas" -> {
                if (size >= 3 && path.get(1).equals("ids")) {
                    Schema schema = registry.schemaById(id(path.get(2)));
                    if (size == 3) {
                        return get(method, json.createObjectNode().put("schema", schema.toString()));
                    }
                    if (size == 4 && path.get(3).equals("schema")) {
                        return get(method, json.readTree(schema.toString()));
                    }
                }
            }
            case "config" -> {
                if (size <= 2) {
                    return get(method, json.createObjectNode().put("compatibilityLevel", "BACKWARD"));
                }
            }
            default -> {
                // falls through to not found
            }
        }
        throw new SchemaRegistryException(404, "HTTP 404 Not Found");
    }

    private ObjectNode lookup(String subject, Schema schema) {
        if (!registry.subjects().contains(subject)) {
            throw new SchemaRegistryException(SchemaRegistryException.SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
        }
        return describe(registry.lookup(subject, schema));
    }

    private RegisteredSchema version(String subject, String version) {
        if (version.equals("latest") || version.equals("-1")) {
            return registry.latest(subject);
        }
        try {
            int number = Integer.parseInt(version);
            if (number < 1) {
                throw new NumberFormatException(version);
            }
            return registry.version(subject, number);
        } catch (NumberFormatException e) {
            throw new SchemaRegistryException(INVALID_VERSION,
                    "The specified version '" + version + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
        }
    }

    private static int id(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new SchemaRegistryException(SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema " + text + " not found");
        }
    }

    private ObjectNode describe(RegisteredSchema registered) {
        return json.createObjectNode()
                .put("subject", registered.subject())
                .put("version", registered.version())
                .put("id", registered.id())
                .put("schema", registered.schema().toString());
    }

    private Schema readSchema(HttpExchange exchange) throws IOException {
        JsonNode request;
        try (InputStream in = exchange.getRequestBody()) {
            request = json.readTree(in);
        } catch (JsonProcessingException e) {
            throw new SchemaRegistryException(400, "Unparsable request body: " + e.getOriginalMessage());
        }
        if (request == null || !request.path("schema").isTextual()) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA, "Empty schema");
        }
        String type = request.path("schemaType").asText("AVRO");
        if (!type.equals("AVRO")) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA,
                    "Schema type " + type + " is not supported; this registry holds AVRO schemas only");
        }
        try {
            return new Schema.Parser().parse(request.get("schema").asText());
        } catch (AvroRuntimeException e) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA, "Invalid schema: " + e.getMessage());
        }
    }

    private static <T> T get(String method, T answer) {
        requireMethod(method, "GET");
        return answer;
    }

    private static void requireMethod(String method, String expected) {
        if (!method.equals(expected)) {
            throw new SchemaRegistryException(405, "HTTP 405 Method Not Allowed");
        }
    }

    private byte[] error(int code, String message) throws JsonProcessingException {
        return json.writeValueAsBytes(json.createObjectNode().put("error_code", code).put("message", message));
    }

    private static List<String> segments(String rawPath) {
        return Arrays.stream(rawPath.split("/"))
                .filter(segment -> !segment.isEmpty())
                .map(segment -> URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8))
                .toList();
    }
}
