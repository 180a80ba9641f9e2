package csp.enrollment.testinfra;

import csp.enrollment.events.Topics;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka broker, MongoDB server, SMTP server and schema registry shared by every test
 * in the JVM. Started on first use, stopped by a shutdown hook. Docker containers when a
 * Docker engine answers, the embedded parts otherwise;
 * {@code -Dtestinfra.mode=embedded|containers} (or the environment variable
 * {@code TESTINFRA_MODE}) forces one.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private static volatile TestInfrastructure instance;

    private final Infrastructure infrastructure;

    private TestInfrastructure(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    /**
     * The running infrastructure, started on the first call; its addresses are exported
     * as system properties.
     */
    public static TestInfrastructure get() {
        TestInfrastructure current = instance;
        if (current == null) {
            synchronized (TestInfrastructure.class) {
                current = instance;
                if (current == null) {
                    current = new TestInfrastructure(startInfrastructure());
                    current.registerContractSchemas();
                    current.exportSystemProperties();
                    Runtime.getRuntime()
                        .addShutdownHook(new Thread(current.infrastructure::close, "test-infrastructure-shutdown"));
                    instance = current;
                }
            }
        }
        return current;
    }

    public String bootstrapServers() {
        return infrastructure.bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return infrastructure.schemaRegistryUrl();
    }

    /**
     * A connection string without a database: each service names its own with
     * {@code spring.mongodb.database}.
     */
    public String mongoUri() {
        return infrastructure.mongoUri();
    }

    public String smtpHost() {
        return infrastructure.smtpHost();
    }

    public int smtpPort() {
        return infrastructure.smtpPort();
    }

    /**
     * Settings for {@code Admin.create(...)} (and a base for producer or consumer
     * settings).
     */
    public Map<String, Object> kafkaAdminProperties() {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    }

    /** The mail received by the SMTP server. */
    public Mailbox mailbox() {
        return infrastructure.mailbox();
    }

    /**
     * Simulates an SMTP outage until {@link #startMail()}; the host and port stay the
     * same. The embedded GreenMail forgets the mail it had received: read the mailbox
     * after the outage only.
     */
    public void stopMail() {
        infrastructure.stopMail();
    }

    public void startMail() {
        infrastructure.startMail();
    }

    /** Whether Docker containers (true) or the embedded parts (false) are running. */
    public boolean usesContainers() {
        return infrastructure instanceof ContainerInfrastructure;
    }

    /**
     * The deploy step of every real registry, done once for the tests: the services only
     * look their schemas up ({@code auto.register.schemas=false}).
     */
    private void registerContractSchemas() {
        infrastructure.registerSchemas(Topics.schemasToRegister());
    }

    /**
     * Points Spring Boot at the running parts; set before any application context is
     * created.
     */
    void exportSystemProperties() {
        System.setProperty("spring.kafka.bootstrap-servers", bootstrapServers());
        System.setProperty("spring.kafka.properties.schema.registry.url", schemaRegistryUrl());
        System.setProperty("spring.mongodb.uri", mongoUri());
        System.setProperty("spring.mail.host", smtpHost());
        System.setProperty("spring.mail.port", String.valueOf(smtpPort()));
    }

    private static Infrastructure startInfrastructure() {
        QuietBrokerLogs.apply();
        Instant begin = Instant.now();
        boolean containers = switch (mode()) {
            case "containers" -> true;
            case "embedded" -> false;
            default -> QuietBrokerLogs.probeQuietly(ContainerInfrastructure::dockerAnswers);
        };
        if (!containers) {
            log.info("No Docker engine answered (or testinfra.mode=embedded): starting the embedded parts");
        }
        Infrastructure started = containers ? ContainerInfrastructure.start() : EmbeddedInfrastructure.start();
        log.info("Test infrastructure: {}, up in {} ms (Kafka {}, schema registry {}, MongoDB {}, SMTP {}:{})",
                started.description(), Duration.between(begin, Instant.now()).toMillis(), started.bootstrapServers(),
                started.schemaRegistryUrl(), started.mongoUri(), started.smtpHost(), started.smtpPort());
        return started;
    }

    private static String mode() {
        String mode = System.getProperty("testinfra.mode", System.getenv().getOrDefault("TESTINFRA_MODE", "auto"));
        return mode.trim().toLowerCase(Locale.ROOT);
    }

}
