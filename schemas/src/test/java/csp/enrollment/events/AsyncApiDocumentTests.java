package csp.enrollment.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * {@code docs/asyncapi.yaml} describes exactly the topics of {@link Topics}: a channel
 * per topic and a topic per channel, each message's payload the {@code .avsc} of the
 * topic's value type, and the document well-formed AsyncAPI 3 (channels with addresses,
 * operations naming their channel and its messages). Topics the contract names but the
 * catalogue does not have yet are {@link #PENDING}: their messages carry a placeholder
 * schema and name the planned {@code .avsc} in {@code x-planned-schema}.
 */
class AsyncApiDocumentTests {

    /**
     * Topics of the contract whose {@code .avsc} and catalogue entry do not exist yet:
     * the document already has their channels and operations, marked {@code x-pending}.
     * When a topic joins {@link Topics#ALL}: remove it here, its {@code x-pending} marks
     * and {@code x-planned-schema} from the document, and give its message a {@code $ref}
     * to the new {@code .avsc}.
     */
    private static final Map<String, String> PENDING = Map.of();

    private static final String AVRO_SCHEMA_FORMAT = "application/vnd.apache.avro+json;version=1.9.0";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path document = findDocument();

    private final JsonNode asyncApi = read(document);

    @Test
    void hasAChannelForEveryTopicOfTheCatalogueAndNoOther() {
        Set<String> expected = new TreeSet<>(Topics.ALL);
        expected.addAll(PENDING.keySet());

        assertThat(new TreeSet<>(addresses().keySet()))
            .as("channel addresses of %s (a new topic needs a channel; a pending one is listed in PENDING)", document)
            .isEqualTo(expected);
    }

    @Test
    void marksExactlyThePendingTopicsAsPending() {
        Map<String, String> marked = new LinkedHashMap<>();
        addresses().forEach((address, channel) -> {
            if (channel.has("x-pending")) {
                marked.put(address, channel.get("x-pending").asText());
            }
        });

        assertThat(marked).as("channels marked x-pending").isEqualTo(PENDING);
        assertThat(PENDING.keySet())
            .as("pending topics that joined the catalogue: remove them from PENDING and "
                    + "their x-pending marks from the document")
            .doesNotContainAnyElementsOf(Topics.ALL);
    }

    @Test
    void givesEveryTopicTheAvroSchemaOfItsValueType() throws IOException {
        Map<String, String> valueTypes = valueTypesByTopic();
        assertThat(valueTypes.keySet()).as("value types read from Topics")
            .containsExactlyInAnyOrderElementsOf(Topics.ALL);

        for (String topic : Topics.ALL) {
            List<Path> schemas = payloadSchemasOf(topic);
            assertThat(schemas).as("payload schemas of %s", topic).hasSize(1);
            Path avsc = schemas.get(0);
            assertThat(avsc).as("payload $ref of %s", topic).isRegularFile();
            assertThat(fullNameOf(avsc)).as("full name in %s", avsc).isEqualTo(valueTypes.get(topic));
        }
    }

    @Test
    void givesEveryPendingTopicAPlaceholderUntilItsSchemaExists() {
        for (String topic : PENDING.keySet()) {
            JsonNode message = resolve(addresses().get(topic).path("messages").elements().next());
            String name = message.path("name").asText();
            Path planned = document.getParent().resolve(message.path("x-planned-schema").asText()).normalize();
            assertThat(planned).as("x-planned-schema of %s", topic).isEqualTo(avroDirectory().resolve(name + ".avsc"));
            assertThat(planned).as("%s exists: replace the placeholder of %s by a $ref to it", planned, topic)
                .doesNotExist();
            JsonNode placeholder = message.path("payload").path("schema");
            assertThat(placeholder.path("type").asText()).isEqualTo("record");
            assertThat(placeholder.path("namespace").asText() + "." + placeholder.path("name").asText())
                .as("placeholder of %s", topic)
                .isEqualTo("csp.enrollment.events." + name);
        }
    }

    @Test
    void namesEachTopicsDeadLetterTopic() {
        addresses().forEach((address, channel) -> assertThat(channel.path("x-dead-letter-topic").asText())
            .as("x-dead-letter-topic of %s", address)
            .isEqualTo(Topics.deadLetterTopicOf(address)));
    }

    @Test
    void isStructurallyAnAsyncApi3Document() {
        assertThat(asyncApi.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(asyncApi.path("info").path("title").asText()).isNotBlank();
        assertThat(asyncApi.path("info").path("version").asText()).isNotBlank();

        JsonNode servers = asyncApi.path("servers");
        assertThat(servers.size()).as("servers").isPositive();
        servers.properties().forEach(server -> {
            assertThat(server.getValue().path("host").asText()).as("host of server %s", server.getKey()).isNotBlank();
            assertThat(server.getValue().path("protocol").asText()).as("protocol of %s", server.getKey())
                .isEqualTo("kafka");
            server.getValue().path("security").forEach(scheme -> assertThat(resolve(scheme)).isNotNull());
        });

        JsonNode channels = asyncApi.path("channels");
        assertThat(channels.size()).as("channels").isPositive();
        channels.properties().forEach(channel -> {
            assertThat(channel.getValue().path("address").asText()).as("address of %s", channel.getKey()).isNotBlank();
            assertThat(channel.getValue().path("messages").size()).as("messages of %s", channel.getKey()).isPositive();
            channel.getValue().path("messages").forEach(message -> assertMessage(resolve(message)));
        });

        JsonNode operations = asyncApi.path("operations");
        assertThat(operations.size()).as("operations").isPositive();
        Set<String> channelsWithOperations = new TreeSet<>();
        operations.properties().forEach(entry -> {
            String name = entry.getKey();
            JsonNode operation = entry.getValue();
            assertThat(operation.path("action").asText()).as("action of %s", name).isIn("send", "receive");
            String channelRef = operation.path("channel").path("$ref").asText();
            assertThat(channelRef).as("channel of %s", name).startsWith("#/channels/");
            JsonNode channel = resolve(operation.path("channel"));
            channelsWithOperations.add(channelRef);
            assertThat(operation.path("messages").size()).as("messages of %s", name).isPositive();
            operation.path("messages").forEach(message -> {
                // AsyncAPI 3: an operation's messages are those of its channel
                assertThat(message.path("$ref").asText()).as("message of %s", name)
                    .startsWith(channelRef + "/messages/");
                assertThat(resolve(message)).isNotNull();
            });
            assertThat(channel).isNotNull();
        });
        channels.properties()
            .forEach(channel -> assertThat(channelsWithOperations).as("operations on channel %s", channel.getKey())
                .contains("#/channels/" + channel.getKey()));
    }

    private static void assertMessage(JsonNode message) {
        JsonNode payload = message.path("payload");
        assertThat(payload.path("schemaFormat").asText()).as("schemaFormat of %s", message.path("name"))
            .isEqualTo(AVRO_SCHEMA_FORMAT);
        if (!message.has("x-planned-schema")) {
            assertThat(payload.path("schema").path("$ref").asText()).as("payload of %s", message.path("name"))
                .endsWith(".avsc");
        }
        JsonNode kafka = message.path("bindings").path("kafka");
        assertThat(kafka.path("key").path("type").asText()).as("key of %s", message.path("name")).isEqualTo("string");
        assertThat(kafka.path("schemaIdLocation").asText()).isEqualTo("payload");
        assertThat(kafka.path("schemaIdPayloadEncoding").asText()).isEqualTo("confluent");
        assertThat(kafka.path("schemaLookupStrategy").asText()).isEqualTo("TopicNameStrategy");
    }

    /** Channels by address. */
    private Map<String, JsonNode> addresses() {
        Map<String, JsonNode> byAddress = new LinkedHashMap<>();
        asyncApi.path("channels").forEach(channel -> {
            JsonNode previous = byAddress.put(channel.path("address").asText(), channel);
            assertThat(previous).as("a second channel for %s", channel.path("address").asText()).isNull();
        });
        return byAddress;
    }

    /**
     * The {@code .avsc} files the messages of a topic's channel refer to, resolved
     * against the document.
     */
    private List<Path> payloadSchemasOf(String topic) {
        JsonNode channel = addresses().get(topic);
        assertThat(channel).as("channel of %s", topic).isNotNull();
        List<Path> schemas = new ArrayList<>();
        channel.path("messages")
            .forEach(message -> schemas.add(document.getParent()
                .resolve(resolve(message).path("payload").path("schema").path("$ref").asText())
                .normalize()));
        return schemas;
    }

    /** A {@code $ref} within the document, or the node itself when it is none. */
    private JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        String ref = node.get("$ref").asText();
        assertThat(ref).as("a reference within the document").startsWith("#/");
        JsonNode target = asyncApi.at(ref.substring(1));
        assertThat(target.isMissingNode()).as("%s resolves", ref).isFalse();
        return target;
    }

    private static String fullNameOf(Path avsc) throws IOException {
        JsonNode schema = JSON.readTree(avsc.toFile());
        return schema.path("namespace").asText() + "." + schema.path("name").asText();
    }

    private Path avroDirectory() {
        return document.getParent().resolveSibling("schemas/src/main/avro").normalize();
    }

    /**
     * The full name of each topic's value type, from the catalogue as it is:
     * {@code Topics.valueSchemas()}, or typed topic constants ({@code name()},
     * {@code valueType()}) once topics are typed (issue 12).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> valueTypesByTopic() {
        Map<String, String> types = new LinkedHashMap<>();
        try {
            Method valueSchemas = Topics.class.getMethod("valueSchemas");
            ((Map<String, Schema>) valueSchemas.invoke(null))
                .forEach((topic, schema) -> types.put(topic, schema.getFullName()));
            return types;
        }
        catch (NoSuchMethodException typedCatalogue) {
            // fall through to the typed constants
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        try {
            for (Field field : Topics.class.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof Record topic) {
                    String name = (String) topic.getClass().getMethod("name").invoke(topic);
                    Class<?> valueType = (Class<?>) topic.getClass().getMethod("valueType").invoke(topic);
                    types.put(name, valueType.getName());
                }
            }
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return types;
    }

    /**
     * {@code docs/asyncapi.yaml} of the repository, from the module directory or any
     * directory below the root.
     */
    private static Path findDocument() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/asyncapi.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No docs/asyncapi.yaml above " + Path.of("").toAbsolutePath());
    }

    private static JsonNode read(Path yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot read " + yaml, e);
        }
    }

}
