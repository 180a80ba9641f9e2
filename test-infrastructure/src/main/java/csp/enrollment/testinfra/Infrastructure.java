package csp.enrollment.testinfra;

import csp.enrollment.serde.RestSchemaRegistryClient;

import java.util.Map;

import org.apache.avro.Schema;

/** One way of providing the pipeline's infrastructure: containers or embedded servers. */
interface Infrastructure extends AutoCloseable {

    String description();

    String bootstrapServers();

    String schemaRegistryUrl();

    /**
     * Registers {@code schemasBySubject} (the deploy step of the services' read-only
     * registry); over the registry's REST API unless the registry runs in this JVM.
     */
    default void registerSchemas(Map<String, Schema> schemasBySubject) {
        RestSchemaRegistryClient registry = new RestSchemaRegistryClient(schemaRegistryUrl());
        schemasBySubject.forEach(registry::register);
    }

    String mongoUri();

    String smtpHost();

    int smtpPort();

    Mailbox mailbox();

    void stopMail();

    void startMail();

    @Override
    void close();

}
