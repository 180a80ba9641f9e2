package csp.enrollment.infrastructure.registry;

import csp.enrollment.serde.SchemaRegistryException;
import java.util.List;

/**
 * The errors Confluent Schema Registry 7.x answers, with its error codes and messages
 * (its {@code rest.exceptions.Errors}); the HTTP status is the code's first three digits.
 */
final class RegistryErrors {

    private RegistryErrors() {
    }

    static SchemaRegistryException subjectNotFound(String subject) {
        return new SchemaRegistryException(40401, "Subject '" + subject + "' not found.");
    }

    static SchemaRegistryException versionNotFound(int version) {
        return new SchemaRegistryException(40402, "Version " + version + " not found.");
    }

    static SchemaRegistryException schemaNotFound() {
        return new SchemaRegistryException(40403, "Schema not found");
    }

    static SchemaRegistryException schemaNotFound(int id) {
        return new SchemaRegistryException(40403, "Schema " + id + " not found");
    }

    static SchemaRegistryException subjectSoftDeleted(String subject) {
        return new SchemaRegistryException(40404,
                "Subject '" + subject + "' was soft deleted.Set permanent=true to delete permanently");
    }

    static SchemaRegistryException subjectNotSoftDeleted(String subject) {
        return new SchemaRegistryException(40405,
                "Subject '" + subject + "' was not deleted first before being permanently deleted");
    }

    static SchemaRegistryException versionSoftDeleted(String subject, int version) {
        return new SchemaRegistryException(40406, "Subject '" + subject + "' Version " + version
                + " was soft deleted.Set permanent=true to delete permanently");
    }

    static SchemaRegistryException versionNotSoftDeleted(String subject, int version) {
        return new SchemaRegistryException(40407, "Subject '" + subject + "' Version " + version
                + " was not deleted first before being permanently deleted");
    }

    static SchemaRegistryException subjectLevelNotConfigured(String subject) {
        return new SchemaRegistryException(40408,
                "Subject '" + subject + "' does not have subject-level compatibility configured");
    }

    static SchemaRegistryException subjectModeNotConfigured(String subject) {
        return new SchemaRegistryException(40409,
                "Subject '" + subject + "' does not have subject-level mode configured");
    }

    static SchemaRegistryException incompatible(String subject, List<String> messages) {
        return new SchemaRegistryException(409, "Schema being registered is incompatible with an earlier schema"
                + " for subject \"" + subject + "\", details: " + messages);
    }

    static SchemaRegistryException invalidSchema(String message) {
        return new SchemaRegistryException(42201, message);
    }

    static SchemaRegistryException invalidVersion(String version) {
        return new SchemaRegistryException(42202, "The specified version '" + version + "' is not a valid version id."
                + " Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    static SchemaRegistryException invalidCompatibilityLevel() {
        return new SchemaRegistryException(42203, "Invalid compatibility level. Valid values are none, backward,"
                + " forward, full, backward_transitive, forward_transitive, and full_transitive");
    }

    static SchemaRegistryException operationNotPermitted(String message) {
        return new SchemaRegistryException(42205, message);
    }

    static SchemaRegistryException invalidSubject(String subject) {
        return new SchemaRegistryException(42208, "The specified subject '" + subject + "' is not a valid.");
    }

    static SchemaRegistryException badRequest(String message) {
        return new SchemaRegistryException(400, message);
    }

    static SchemaRegistryException notFound() {
        return new SchemaRegistryException(404, "HTTP 404 Not Found");
    }

    static SchemaRegistryException methodNotAllowed() {
        return new SchemaRegistryException(405, "HTTP 405 Method Not Allowed");
    }

}
