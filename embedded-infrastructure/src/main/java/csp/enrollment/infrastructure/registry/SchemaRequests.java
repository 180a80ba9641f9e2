package csp.enrollment.infrastructure.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.avro.Schema;
import org.apache.avro.AvroRuntimeException;

/**
 * Reads the schema out of a register, look-up or compatibility request body
 * ({@code RegisterSchemaRequest}).
 */
final class SchemaRequests {

    private SchemaRequests() {
    }

    /**
     * The parsed Avro schema; {@code 42201} when it is missing, not Avro, refers to
     * others or does not parse.
     */
    static Schema schemaOf(JsonNode request) {
        String type = request.path("schemaType").asText("AVRO");
        if (!type.equals("AVRO")) {
            throw RegistryErrors.invalidSchema("Invalid schema type " + type
                    + ": this development registry holds AVRO schemas only (GET /schemas/types)");
        }
        if (request.path("references").size() > 0) {
            throw RegistryErrors.invalidSchema("Schema references are not supported by this development registry;"
                    + " send the schema with every named type inlined");
        }
        String text = request.path("schema").asText("");
        if (text.isBlank()) {
            throw RegistryErrors.invalidSchema("Empty schema");
        }
        try {
            return new Schema.Parser().parse(text);
        }
        catch (AvroRuntimeException e) {
            throw RegistryErrors.invalidSchema("Invalid schema " + text + " of type AVRO, details: " + e.getMessage());
        }
    }

    /** Confluent refuses control characters in a subject name. */
    static String validSubject(String subject) {
        if (subject.isEmpty() || subject.chars().anyMatch(Character::isISOControl)) {
            throw RegistryErrors.invalidSubject(subject);
        }
        return subject;
    }

}
