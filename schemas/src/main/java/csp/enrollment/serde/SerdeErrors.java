package csp.enrollment.serde;

import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Turns registry failures into {@link SerializationException}s that say what went wrong
 * and for which topic.
 */
final class SerdeErrors {

    private SerdeErrors() {
    }

    static SerializationException onWriterSchema(String topic, String subject, Schema schema, boolean autoRegister,
            SchemaRegistryException e) {
        String action = autoRegister ? "register" : "look up";
        String what = switch (e.errorCode()) {
            case SchemaRegistryException.INCOMPATIBLE_SCHEMA -> "incompatible schema: " + schema.getFullName()
                    + " cannot be registered under subject '" + subject + "'";
            case SchemaRegistryException.SUBJECT_NOT_FOUND, SchemaRegistryException.SCHEMA_NOT_FOUND ->
                "schema not registered: " + schema.getFullName() + " is not registered under subject '" + subject + "'"
                        + (autoRegister ? "" : " and " + AvroSerdeConfig.AUTO_REGISTER_SCHEMAS + "=false");
            case SchemaRegistryException.INVALID_SCHEMA ->
                "invalid schema: the registry refused " + schema.getFullName() + " for subject '" + subject + "'";
            case SchemaRegistryException.UNREACHABLE_OR_INTERNAL -> "schema registry unreachable: cannot " + action
                    + " " + schema.getFullName() + " under subject '" + subject + "'";
            default -> "schema registry error " + e.errorCode() + ": cannot " + action + " " + schema.getFullName()
                    + " under subject '" + subject + "'";
        };
        return new SerializationException(what + " for topic '" + topic + "': " + e.getMessage(), e);
    }

    static SerializationException onSchemaId(String topic, int id, SchemaRegistryException e) {
        String what = switch (e.errorCode()) {
            case SchemaRegistryException.SCHEMA_NOT_FOUND -> "unknown schema id " + id;
            case SchemaRegistryException.UNREACHABLE_OR_INTERNAL ->
                "schema registry unreachable: cannot fetch schema id " + id;
            default -> "schema registry error " + e.errorCode() + ": cannot fetch schema id " + id;
        };
        return new SerializationException(what + " for a record of topic '" + topic + "': " + e.getMessage(), e);
    }

}
