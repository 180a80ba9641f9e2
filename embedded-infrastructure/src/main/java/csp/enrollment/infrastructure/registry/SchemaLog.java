package csp.enrollment.infrastructure.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import csp.enrollment.serde.InMemorySchemaRegistry;
import csp.enrollment.serde.RegisteredSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every registration as one JSON line, so schema ids stay valid across restarts: records
 * already in Kafka carry those ids.
 */
final class SchemaLog {

    private static final Logger log = LoggerFactory.getLogger(SchemaLog.class);
    static final String FILE_NAME = "schemas.jsonl";

    private final Path file;
    private final ObjectMapper json;

    SchemaLog(Path directory, ObjectMapper json) {
        this.file = directory.resolve(FILE_NAME);
        this.json = json;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the schema registry directory " + directory, e);
        }
    }

    /** Re-adds every logged registration, keeping ids and versions; returns how many. */
    int restoreInto(InMemorySchemaRegistry registry) {
        if (!Files.exists(file)) {
            return 0;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        int restored = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                registry.restore(parse(line));
                restored++;
            } catch (IOException | RuntimeException e) {
                // only a line cut short by a crash can be unreadable; it was never acknowledged
                log.warn("Skipping unreadable line in {}: {}", file, e.getMessage());
            }
        }
        return restored;
    }

    /** Appends one registration and forces it to disk before the client gets its id. */
    void append(RegisteredSchema registered) {
        ObjectNode entry = json.createObjectNode()
                .put("subject", registered.subject())
                .put("version", registered.version())
                .put("id", registered.id())
                .put("schema", registered.schema().toString());
        try {
            Files.writeString(file, json.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot persist schema registration to " + file, e);
        }
    }

    private RegisteredSchema parse(String line) throws IOException {
        JsonNode entry = json.readTree(line);
        Schema schema = new Schema.Parser().parse(entry.get("schema").asText());
        return new RegisteredSchema(entry.get("subject").asText(), entry.get("version").asInt(),
                entry.get("id").asInt(), schema);
    }
}
