package csp.enrollment.serde;

import java.util.List;

import org.apache.avro.Schema;

/**
 * The subset of the Confluent Schema Registry the serde needs. Implemented in-JVM by
 * {@link InMemorySchemaRegistry} and over HTTP by {@link RestSchemaRegistryClient};
 * failures are {@link SchemaRegistryException}s carrying Confluent's error codes.
 */
public interface SchemaRegistryClient {

    /**
     * Registers {@code schema} under {@code subject} and returns its global id;
     * idempotent for a schema already registered there. Throws
     * {@link SchemaRegistryException} with code
     * {@link SchemaRegistryException#INCOMPATIBLE_SCHEMA} if the subject's compatibility
     * rule rejects it.
     */
    int register(String subject, Schema schema);

    /**
     * The id of {@code schema} under {@code subject}, without registering it. Throws
     * {@link SchemaRegistryException} with code
     * {@link SchemaRegistryException#SCHEMA_NOT_FOUND} if it is not registered there.
     */
    int idOf(String subject, Schema schema);

    /**
     * The schema with global id {@code id};
     * {@link SchemaRegistryException#SCHEMA_NOT_FOUND} if none.
     */
    Schema schemaById(int id);

    /**
     * The latest version of {@code subject};
     * {@link SchemaRegistryException#SUBJECT_NOT_FOUND} if unknown.
     */
    RegisteredSchema latest(String subject);

    /** Every subject with at least one version. */
    List<String> subjects();

}
