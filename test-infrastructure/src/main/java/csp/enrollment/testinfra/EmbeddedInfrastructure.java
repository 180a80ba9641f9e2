package csp.enrollment.testinfra;

import csp.enrollment.infrastructure.kafka.EmbeddedKafkaBroker;
import csp.enrollment.infrastructure.mail.EmbeddedMailServer;
import csp.enrollment.infrastructure.mongo.EmbeddedMongoServer;
import csp.enrollment.infrastructure.registry.DevSchemaRegistryServer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.avro.Schema;

/**
 * The embedded parts on free ports with throw-away data: used when no Docker engine
 * answers.
 */
final class EmbeddedInfrastructure implements Infrastructure {

    private final EmbeddedKafkaBroker kafka;

    private final EmbeddedMongoServer mongo;

    private final EmbeddedMailServer mail;

    private final DevSchemaRegistryServer registry;

    private final Mailbox mailbox;

    private EmbeddedInfrastructure(EmbeddedKafkaBroker kafka, EmbeddedMongoServer mongo, EmbeddedMailServer mail,
            DevSchemaRegistryServer registry) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.mail = mail;
        this.registry = registry;
        this.mailbox = new GreenMailMailbox(mail);
    }

    static EmbeddedInfrastructure start() {
        // the broker takes the longest, so the other parts start meanwhile
        CompletableFuture<EmbeddedKafkaBroker> kafka = CompletableFuture
            .supplyAsync(() -> EmbeddedKafkaBroker.builder().build().start());
        EmbeddedMongoServer mongo = EmbeddedMongoServer.inMemory(0);
        EmbeddedMailServer mail = EmbeddedMailServer.start(0, 0);
        DevSchemaRegistryServer registry = DevSchemaRegistryServer.start(0);
        try {
            return new EmbeddedInfrastructure(kafka.join(), mongo, mail, registry);
        }
        catch (CompletionException e) {
            registry.close();
            mail.close();
            mongo.close();
            throw e;
        }
    }

    @Override
    public String description() {
        return "embedded (in-process Kafka KRaft broker, mongo-java-server, GreenMail, development schema registry)";
    }

    @Override
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return registry.url();
    }

    @Override
    public void registerSchemas(Map<String, Schema> schemasBySubject) {
        registry.registerAll(schemasBySubject);
    }

    @Override
    public String mongoUri() {
        return mongo.connectionString();
    }

    @Override
    public String smtpHost() {
        return mail.host();
    }

    @Override
    public int smtpPort() {
        return mail.smtpPort();
    }

    @Override
    public Mailbox mailbox() {
        return mailbox;
    }

    @Override
    public void stopMail() {
        mail.stop();
    }

    @Override
    public void startMail() {
        mail.start();
    }

    @Override
    public void close() {
        registry.close();
        mail.close();
        mongo.close();
        kafka.close();
    }

}
