package csp.enrollment.infrastructure.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import csp.enrollment.infrastructure.registry.RegistryChange.CompatibilitySet;
import csp.enrollment.infrastructure.registry.RegistryChange.Registered;
import csp.enrollment.infrastructure.registry.RegistryChange.SubjectDeleted;
import csp.enrollment.infrastructure.registry.RegistryChange.VersionDeleted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every registry change as one JSON line, appended and forced to disk before the
 * client gets its answer, so ids stay valid across restarts (records in Kafka carry them)
 * and deletes and levels stay as they were. Lines without {@code "op"} are registrations
 * as earlier versions wrote them. A process killed mid-write leaves at most a torn last
 * line, never acknowledged: it is cut off on start, so the next append begins on a line
 * of its own.
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
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create the schema registry directory " + directory, e);
        }
    }

    /** Feeds every logged change to {@code apply}, in order; returns how many. */
    int replay(Consumer<RegistryChange> apply) {
        if (!Files.exists(file)) {
            return 0;
        }
        String text;
        try {
            cutTornTail();
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        int replayed = 0;
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                apply.accept(parse(line));
                replayed++;
            }
        }
        return replayed;
    }

    /** Appends one change and forces it to disk. */
    void append(RegistryChange change) {
        try {
            byte[] line = (json.writeValueAsString(write(change)) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot persist a schema registry change to " + file, e);
        }
    }

    private void cutTornTail() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long end = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (end > 0) {
                one.clear();
                channel.read(one, end - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                end--;
            }
            if (end < size) {
                log.warn("Dropping {} bytes of a registry change cut short in {} (the process died while writing it;"
                        + " its client got no answer)", size - end, file);
                channel.truncate(end);
                channel.force(true);
            }
        }
    }

    private ObjectNode write(RegistryChange change) {
        ObjectNode entry = json.createObjectNode();
        if (change instanceof Registered registered) {
            entry.put("op", "register")
                .put("subject", registered.subject())
                .put("version", registered.version())
                .put("id", registered.id())
                .put("schema", registered.schema().toString());
        }
        else if (change instanceof VersionDeleted deleted) {
            entry.put("op", "delete-version")
                .put("subject", deleted.subject())
                .put("version", deleted.version())
                .put("permanent", deleted.permanent());
        }
        else if (change instanceof SubjectDeleted deleted) {
            entry.put("op", "delete-subject").put("subject", deleted.subject()).put("permanent", deleted.permanent());
        }
        else if (change instanceof CompatibilitySet set) {
            entry.put("op", "compatibility")
                .put("subject", set.subject())
                .put("level", set.level() == null ? null : set.level().name());
        }
        return entry;
    }

    private RegistryChange parse(String line) {
        JsonNode entry;
        try {
            entry = json.readTree(line);
        }
        catch (IOException e) {
            entry = salvage(line, e);
        }
        String subject = entry.path("subject").isTextual() ? entry.get("subject").asText() : null;
        return switch (entry.path("op").asText("register")) {
            case "register" -> new Registered(subject, entry.get("version").asInt(), entry.get("id").asInt(),
                    new Schema.Parser().parse(entry.get("schema").asText()));
            case "delete-version" ->
                new VersionDeleted(subject, entry.get("version").asInt(), entry.get("permanent").asBoolean());
            case "delete-subject" -> new SubjectDeleted(subject, entry.get("permanent").asBoolean());
            case "compatibility" -> new CompatibilitySet(subject,
                    entry.path("level").isTextual() ? CompatibilityLevel.valueOf(entry.get("level").asText()) : null);
            default -> throw new IllegalStateException("Unknown registry change in " + file + ": " + line);
        };
    }

    /**
     * Earlier versions appended after a torn line without cutting it, gluing the next
     * entry to it. Entries are flat JSON objects, so the glued entry is the text from the
     * last {@code {"} on.
     */
    private JsonNode salvage(String line, IOException cause) {
        int start = line.lastIndexOf("{\"");
        try {
            if (start > 0) {
                log.warn("Dropping the torn start of a line in {}: {}", file, line.substring(0, start));
                return json.readTree(line.substring(start));
            }
        }
        catch (IOException e) {
            // reported below
        }
        throw new IllegalStateException("Unreadable registry change in " + file + ": " + line, cause);
    }

}
