package csp.enrollment.serde;

import java.util.Map;

import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;

/**
 * Which registry subject a schema is registered under, as Confluent's strategies of the
 * same names. Topics of the pipeline carry one record type each (TopicNameStrategy); a
 * dead-letter topic holds records of whatever type failed, so it registers per topic and
 * record (TopicRecordNameStrategy).
 */
public enum SubjectNameStrategy {

    /** {@code <topic>-value} (or {@code -key}): the default. */
    TOPIC_NAME,
    /** {@code <record full name>}. */
    RECORD_NAME,
    /** {@code <topic>-<record full name>}. */
    TOPIC_RECORD_NAME;

    /**
     * Confluent's configuration keys, which name a strategy class; the simple class name
     * decides.
     */
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";

    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";

    /**
     * Confluent's class name for {@link #TOPIC_RECORD_NAME}, understood by both serdes.
     */
    public static final String TOPIC_RECORD_NAME_CLASS = "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy";

    String subject(String topic, boolean isKey, Schema schema) {
        return switch (this) {
            case TOPIC_NAME -> AvroSerdeConfig.subjectOf(topic, isKey);
            case RECORD_NAME -> schema.getFullName();
            case TOPIC_RECORD_NAME -> topic + "-" + schema.getFullName();
        };
    }

    static SubjectNameStrategy from(Map<String, ?> configs, boolean isKey) {
        String key = isKey ? KEY_SUBJECT_NAME_STRATEGY : VALUE_SUBJECT_NAME_STRATEGY;
        Object value = configs == null ? null : configs.get(key);
        if (value == null) {
            return TOPIC_NAME;
        }
        String name = value instanceof Class<?> type ? type.getSimpleName() : value.toString().trim();
        String simpleName = name.substring(name.lastIndexOf('.') + 1);
        return switch (simpleName) {
            case "TopicNameStrategy" -> TOPIC_NAME;
            case "RecordNameStrategy" -> RECORD_NAME;
            case "TopicRecordNameStrategy" -> TOPIC_RECORD_NAME;
            default -> throw new ConfigException(key, value,
                    "expected TopicNameStrategy, RecordNameStrategy or TopicRecordNameStrategy");
        };
    }

}
