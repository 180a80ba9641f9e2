package csp.enrollment.infrastructure.kafka;

import csp.enrollment.infrastructure.Directories;
import csp.enrollment.infrastructure.FreePorts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one node),
 * run in-process from Kafka's own server classes. With a persistent log directory a
 * restart keeps topics, records and committed offsets. Unsecured (a PLAINTEXT listener,
 * no authorizer) unless {@link Builder#security(KafkaSecurity)} asks for
 * SASL/SCRAM-SHA-512 and ACLs.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private static final int NODE_ID = 1;

    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final int requestedPort;

    private final int requestedControllerPort;

    private final Path configuredLogDir;

    private final Map<String, String> overrides;

    private final KafkaSecurity security;

    private KafkaRaftServer server;

    private Path logDir;

    private int port;

    private EmbeddedKafkaBroker(Builder builder) {
        this.requestedPort = builder.port;
        this.requestedControllerPort = builder.controllerPort;
        this.configuredLogDir = builder.logDir;
        this.overrides = Map.copyOf(builder.overrides);
        this.security = builder.security;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Formats the log directory if it is new, starts the node and returns once it
     * answers; a secured node also has exactly the users and ACLs of its
     * {@link KafkaSecurity} by then.
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        port = FreePorts.resolve(requestedPort);
        int controllerPort = FreePorts.resolve(requestedControllerPort);
        logDir = configuredLogDir != null ? configuredLogDir : Directories.temporary("embedded-kafka-");
        Instant begin = Instant.now();
        KafkaConfig config = KafkaConfig.fromProps(brokerProperties(controllerPort), false);
        formatIfNew(config);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        try (Admin admin = Admin.create(ownClientProperties())) {
            awaitAnswer(admin);
            if (security != null) {
                AccessReconciler.apply(admin, security);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("Interrupted while starting the Kafka broker", e);
        }
        catch (ExecutionException | TimeoutException e) {
            close();
            throw new IllegalStateException("Cannot give the Kafka broker its users and ACLs: " + e.getMessage(), e);
        }
        catch (RuntimeException e) {
            close();
            throw e;
        }
        log.info("Kafka broker (KRaft) up at {} in {} ms, log dir {}{}", bootstrapServers(),
                Duration.between(begin, Instant.now()).toMillis(), logDir,
                security == null ? "" : ", SASL/SCRAM-SHA-512 with " + security.users().size() + " users and "
                        + security.acls().size() + " ACLs");
        return this;
    }

    public String bootstrapServers() {
        if (server == null) {
            throw new IllegalStateException("Kafka broker not started");
        }
        return "localhost:" + port;
    }

    public Path logDir() {
        return logDir;
    }

    /** The users and ACLs of a secured broker; empty for an unsecured one. */
    public Optional<KafkaSecurity> security() {
        return Optional.ofNullable(security);
    }

    /**
     * {@code bootstrap.servers} and the SASL settings of a client logging in as
     * {@code user}.
     */
    public Map<String, Object> clientProperties(ScramUser user) {
        if (security == null) {
            throw new IllegalStateException(
                    "This Kafka broker is not secured: clients need only " + bootstrapServers());
        }
        Map<String, Object> properties = new HashMap<>(user.clientProperties());
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return properties;
    }

    /**
     * Shuts the node down cleanly and waits for it, so a restart on the same directory
     * needs no recovery.
     */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        if (configuredLogDir == null) {
            Directories.deleteQuietly(logDir);
        }
        log.info("Kafka broker at localhost:{} stopped", port);
    }

    private Properties brokerProperties(int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        if (security == null) {
            props.put("listeners",
                    "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
            props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
            props.put("inter.broker.listener.name", "PLAINTEXT");
            props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        }
        else {
            props.putAll(SaslListenerSettings.brokerProperties(security, CONTROLLER_LISTENER, port, controllerPort));
        }
        props.put("log.dirs", logDir.resolve("data").toString());
        // one node: internal topics cannot have more replicas than that
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("min.insync.replicas", "1");
        props.put("default.replication.factor", "1");
        props.put("num.partitions", "6");
        props.put("auto.create.topics.enable", "true");
        // consumers in tests and the local stack join at once instead of waiting 3 s
        props.put("group.initial.rebalance.delay.ms", "0");
        // the default 128 MB compaction buffer dominates the heap of a one-JVM stack; 16
        // MB still maps ~600k keys
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        props.putAll(overrides);
        return props;
    }

    private void formatIfNew(KafkaConfig config) {
        Path dataDir = logDir.resolve("data");
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Formatter formatter = new Formatter();
            if (security != null) {
                // The KRaft way to have a first SCRAM user: a record in the bootstrap
                // metadata.
                formatter.setScramArguments(List.of(SaslListenerSettings.formatterScramArgument(security.broker())));
            }
            formatter.setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setUnstableFeatureVersionsEnabled(false)
                .setIgnoreFormatted(true)
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(config.metadataLogDir())
                .setHasDynamicQuorum(false)
                .addDirectory(dataDir.toString())
                .run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka log directory " + dataDir, e);
        }
    }

    /** The broker's own client: as the broker's principal when secured. */
    private Map<String, Object> ownClientProperties() {
        Map<String, Object> properties = new HashMap<>();
        if (security != null) {
            properties.putAll(security.broker().clientProperties());
        }
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        return properties;
    }

    private void awaitAnswer(Admin admin) throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        Exception lastFailure = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000))
                    .nodes()
                    .get(5, TimeUnit.SECONDS)
                    .isEmpty()) {
                    return;
                }
            }
            catch (ExecutionException e) {
                if (e.getCause() instanceof SaslAuthenticationException) {
                    throw new IllegalStateException("The Kafka broker refuses its own principal '"
                            + security.broker().name() + "': " + logDir + " was formatted without security or "
                            + "with another broker password. Delete it for a fresh start.", e.getCause());
                }
                lastFailure = e;
            }
            catch (TimeoutException e) {
                lastFailure = e;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException("Kafka broker did not answer within " + STARTUP_TIMEOUT, lastFailure);
    }

    public static final class Builder {

        private int port;

        private int controllerPort;

        private Path logDir;

        private final Map<String, String> overrides = new LinkedHashMap<>();

        private KafkaSecurity security;

        private Builder() {
        }

        /** Client port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** KRaft controller port; 0 (the default) picks a free one. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        /**
         * Persistent directory; without one a temporary directory is used and deleted on
         * close.
         */
        public Builder logDir(Path logDir) {
            this.logDir = logDir;
            return this;
        }

        /**
         * SASL/SCRAM-SHA-512 on the client listener (no plaintext listener is left), the
         * KRaft {@code StandardAuthorizer}, and the users and ACLs of {@code security}.
         */
        public Builder security(KafkaSecurity security) {
            this.security = security;
            return this;
        }

        /** Any broker setting, applied over the single-node defaults. */
        public Builder property(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(this);
        }

    }

}
