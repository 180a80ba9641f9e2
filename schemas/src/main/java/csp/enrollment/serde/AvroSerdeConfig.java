package csp.enrollment.serde;

import java.util.Map;
import java.util.stream.StreamSupport;

import org.apache.kafka.common.config.ConfigException;

/**
 * The serde's configuration keys, spelled as Confluent's so either serde reads the same
 * settings.
 */
public final class AvroSerdeConfig {

    /**
     * Required: the registry's URL ({@code http://host:8081}, a comma-separated list, or
     * {@code mock://scope}).
     */
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";

    /**
     * Serializer: register the writer schema if new (default {@code true}); {@code false}
     * only looks it up.
     */
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";

    /**
     * Deserializer: {@code true} gives the generated SpecificRecord classes,
     * {@code false} (default) GenericRecords.
     */
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";

    private AvroSerdeConfig() {
    }

    /** TopicNameStrategy: {@code <topic>-value}, or {@code <topic>-key} for keys. */
    static String subjectOf(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }

    static String requiredUrl(Map<String, ?> configs) {
        Object url = configs == null ? null : configs.get(SCHEMA_REGISTRY_URL);
        if (url == null || url.toString().isBlank()) {
            throw new ConfigException("Missing required configuration \"" + SCHEMA_REGISTRY_URL
                    + "\": set it to the schema registry's URL (e.g. http://localhost:8081, or mock://<scope> in tests)");
        }
        if (url instanceof Iterable<?> urls) { // Confluent also accepts a list
            return String.join(",", StreamSupport.stream(urls.spliterator(), false).map(String::valueOf).toList());
        }
        return url.toString();
    }

    static boolean flag(Map<String, ?> configs, String key, boolean defaultValue) {
        Object value = configs == null ? null : configs.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ConfigException(key, value, "expected true or false");
    }

}
