package csp.enrollment.testinfra;

import java.time.Duration;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;

/** The production images in Docker containers: used when a Docker engine answers. */
final class ContainerInfrastructure implements Infrastructure {

    // each image can be overridden with -Dtestinfra.image.<part>=...
    private static final String KAFKA_IMAGE = image("kafka", "apache/kafka:4.1.2");

    private static final String MONGO_IMAGE = image("mongodb", "mongo:8.0");

    private static final String REGISTRY_IMAGE = image("schema-registry", "confluentinc/cp-schema-registry:7.9.0");

    private static final String MAILPIT_IMAGE = image("mailpit", "axllent/mailpit:v1.24");

    private static final String KAFKA_ALIAS = "kafka";

    private static final String KAFKA_INTERNAL_LISTENER = KAFKA_ALIAS + ":19092";

    private static final int REGISTRY_PORT = 8081;

    private static final int SMTP_PORT = 1025;

    private static final int MAILPIT_HTTP_PORT = 8025;

    private final Network network;

    private final KafkaContainer kafka;

    private final MongoDBContainer mongo;

    private final GenericContainer<?> registry;

    private final GenericContainer<?> mailpit;

    private final Mailbox mailbox;

    private ContainerInfrastructure() {
        network = Network.newNetwork();
        kafka = new KafkaContainer(KAFKA_IMAGE).withNetwork(network)
            .withNetworkAliases(KAFKA_ALIAS)
            .withListener(KAFKA_INTERNAL_LISTENER)
            .withEnv("KAFKA_NUM_PARTITIONS", "6")
            .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true");
        mongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
        registry = new GenericContainer<>(REGISTRY_IMAGE).withNetwork(network)
            .withExposedPorts(REGISTRY_PORT)
            .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
            .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:" + REGISTRY_PORT)
            .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://" + KAFKA_INTERNAL_LISTENER)
            .dependsOn(kafka)
            .waitingFor(Wait.forHttp("/subjects").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(2)));
        mailpit = new GenericContainer<>(MAILPIT_IMAGE).withExposedPorts(SMTP_PORT, MAILPIT_HTTP_PORT)
            .waitingFor(Wait.forHttp("/readyz").forPort(MAILPIT_HTTP_PORT).forStatusCode(200));
        mailbox = new MailpitMailbox(
                () -> "http://" + mailpit.getHost() + ":" + mailpit.getMappedPort(MAILPIT_HTTP_PORT));
    }

    static boolean dockerAnswers() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static ContainerInfrastructure start() {
        ContainerInfrastructure infrastructure = new ContainerInfrastructure();
        Startables
            .deepStart(List.of(infrastructure.kafka, infrastructure.mongo, infrastructure.registry,
                    infrastructure.mailpit))
            .join();
        return infrastructure;
    }

    @Override
    public String description() {
        return "Testcontainers (" + KAFKA_IMAGE + ", " + MONGO_IMAGE + ", " + REGISTRY_IMAGE + ", " + MAILPIT_IMAGE
                + ")";
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(REGISTRY_PORT);
    }

    @Override
    public String mongoUri() {
        return mongo.getConnectionString();
    }

    @Override
    public String smtpHost() {
        return mailpit.getHost();
    }

    @Override
    public int smtpPort() {
        return mailpit.getMappedPort(SMTP_PORT);
    }

    @Override
    public Mailbox mailbox() {
        return mailbox;
    }

    /**
     * Pauses Mailpit: its ports stay mapped, so the same host and port answer again after
     * {@link #startMail()}.
     */
    @Override
    public void stopMail() {
        DockerClientFactory.instance().client().pauseContainerCmd(mailpit.getContainerId()).exec();
    }

    @Override
    public void startMail() {
        DockerClientFactory.instance().client().unpauseContainerCmd(mailpit.getContainerId()).exec();
    }

    @Override
    public void close() {
        mailpit.stop();
        registry.stop();
        mongo.stop();
        kafka.stop();
        network.close();
    }

    private static String image(String part, String defaultImage) {
        return System.getProperty("testinfra.image." + part, defaultImage);
    }

}
