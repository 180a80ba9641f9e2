package csp.enrollment.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import csp.enrollment.infrastructure.kafka.EmbeddedKafkaBroker;
import csp.enrollment.infrastructure.mail.EmbeddedMailServer;
import csp.enrollment.infrastructure.mongo.EmbeddedMongoServer;
import csp.enrollment.infrastructure.registry.DevSchemaRegistryServer;
import csp.enrollment.messaging.PipelineTopicsFactory;

/**
 * The infrastructure the services need, in this JVM: a real Kafka broker, the development
 * schema registry, a MongoDB wire-protocol server on an H2 file and GreenMail. Kafka, the
 * database and the registry keep their data in the data dir, so a restarted stack carries
 * on. Kafka takes SASL/SCRAM logins only ({@link KafkaDevelopmentLogins}) and grants what
 * contract §7 says; the services may not create topics, so the admin creates them here.
 */
final class EmbeddedParts implements AutoCloseable {

    /** As many as the services would create (pipeline.messaging.topics.partitions). */
    private static final int PARTITIONS = 6;

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
        // the stores need nothing from Kafka: they start while the broker does
        CompletableFuture<Stores> stores = CompletableFuture.supplyAsync(() -> Stores.start(options));
        EmbeddedKafkaBroker kafka;
        try {
            kafka = EmbeddedKafkaBroker.builder()
                .port(options.port("kafka"))
                .controllerPort(options.port("kafka-controller"))
                .logDir(dataDir.resolve("kafka"))
                .security(KafkaDevelopmentLogins.security())
                .build()
                .start();
            createTopics(kafka);
        }
        catch (RuntimeException ex) {
            stores.thenAccept(Stores::close);
            throw ex;
        }
        try {
            Stores started = stores.join();
            return new EmbeddedParts(kafka, started.registry, started.mongo, started.mail);
        }
        catch (CompletionException ex) {
            kafka.close();
            throw ex.getCause() instanceof RuntimeException runtime ? runtime : ex;
        }
    }

    /** The registry (with the contract's schemas), the database and the mail server. */
    private record Stores(DevSchemaRegistryServer registry, EmbeddedMongoServer mongo, EmbeddedMailServer mail) {

        static Stores start(LocalStackOptions options) {
            Path dataDir = options.dataDir();
            var registry = DevSchemaRegistryServer.start(options.port("registry"), dataDir.resolve("schema-registry"));
            registry.registerAll(csp.enrollment.events.Topics.schemasToRegister());
            var mongo = EmbeddedMongoServer.h2File(options.port("mongodb"),
                    dataDir.resolve("mongodb").resolve("pipeline.mv"));
            // a benchmark's hundreds of thousands of e-mails are counted as SMTP accepts
            // them, not kept
            var mail = options.externalSmtp() != null ? null
                    : options.bench() ? EmbeddedMailServer.startCountingOnly(options.port("smtp"), options.port("imap"))
                            : EmbeddedMailServer.start(options.port("smtp"), options.port("imap"));
            return new Stores(registry, mongo, mail);
        }

        void close() {
            if (mail != null) {
                mail.close();
            }
            mongo.close();
            registry.close();
        }
    }

    /** Every topic and dead-letter topic the broker does not have yet, as the admin. */
    private static void createTopics(EmbeddedKafkaBroker kafka) {
        try (Admin admin = Admin.create(kafka.clientProperties(KafkaDevelopmentLogins.ADMIN))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = PipelineTopicsFactory.newTopics(PARTITIONS, (short) 1)
                .stream()
                .filter(topic -> !existing.contains(topic.name()))
                .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            kafka.close();
            throw new IllegalStateException("Interrupted while creating the topics", ex);
        }
        catch (Exception ex) {
            kafka.close();
            throw new IllegalStateException("Cannot create the topics: " + ex.getMessage(), ex);
        }
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
