package csp.enrollment.localstack;

import java.nio.file.Path;

import csp.enrollment.infrastructure.kafka.EmbeddedKafkaBroker;
import csp.enrollment.infrastructure.mail.EmbeddedMailServer;
import csp.enrollment.infrastructure.mongo.EmbeddedMongoServer;
import csp.enrollment.infrastructure.registry.DevSchemaRegistryServer;

/**
 * The infrastructure the services need, in this JVM: a real Kafka broker, the development schema
 * registry, a MongoDB wire-protocol server on an H2 file and GreenMail. Kafka, the database and
 * the registry keep their data in the data dir, so a restarted stack carries on.
 */
final class EmbeddedParts implements AutoCloseable {

    final EmbeddedKafkaBroker kafka;
    final DevSchemaRegistryServer registry;
    final EmbeddedMongoServer mongo;
    /** Null when the stack sends to an external SMTP server. */
    final EmbeddedMailServer mail;

    private EmbeddedParts(EmbeddedKafkaBroker kafka, DevSchemaRegistryServer registry, EmbeddedMongoServer mongo,
            EmbeddedMailServer mail) {
        this.kafka = kafka;
        this.registry = registry;
        this.mongo = mongo;
        this.mail = mail;
    }

    static EmbeddedParts start(LocalStackOptions options) {
        Path dataDir = options.dataDir();
        var kafka = EmbeddedKafkaBroker.builder()
                .port(options.port("kafka"))
                .controllerPort(options.port("kafka-controller"))
                .logDir(dataDir.resolve("kafka"))
                .build()
                .start();
        var registry = DevSchemaRegistryServer.start(options.port("registry"), dataDir.resolve("schema-registry"));
        registry.registerAll(csp.enrollment.events.Topics.valueSchemasBySubject());
        var mongo = EmbeddedMongoServer.h2File(options.port("mongodb"), dataDir.resolve("mongodb").resolve("pipeline.mv"));
        // a benchmark's hundreds of thousands of e-mails are counted as SMTP accepts them, not kept
        var mail = options.externalSmtp() != null ? null
                : options.bench() ? EmbeddedMailServer.startCountingOnly(options.port("smtp"), options.port("imap"))
                : EmbeddedMailServer.start(options.port("smtp"), options.port("imap"));
        return new EmbeddedParts(kafka, registry, mongo, mail);
    }

    @Override
    public void close() {
        if (mail != null) {
            mail.close();
        }
        mongo.close();
        registry.close();
        kafka.close();
    }
}
