package csp.enrollment.localstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import csp.enrollment.infrastructure.mail.EmbeddedMailServer;
import csp.enrollment.infrastructure.mongo.EmbeddedMongoServer;

/**
 * The whole pipeline in one JVM: a real Kafka broker, the development schema registry, a
 * MongoDB wire-protocol server, GreenMail and the four services. The first thing a new
 * user runs.
 */
public final class LocalStack implements AutoCloseable {

    private final LocalStackOptions options;

    private final EmbeddedParts parts;

    private final PipelineServices services;

    private final Duration startup;

    private LocalStack(LocalStackOptions options, EmbeddedParts parts, PipelineServices services, Duration startup) {
        this.options = options;
        this.parts = parts;
        this.services = services;
        this.startup = startup;
    }

    /**
     * Runs a stack alone, as the fault suite's child process does; the jar's entry point
     * is {@code LocalStackCommand}, which also runs the benchmark and the fault suite.
     */
    public static void main(String[] args) throws InterruptedException {
        run(LocalStackOptions.parse(args));
    }

    /**
     * Starts the stack, prints where everything is, runs the demo if asked, and serves
     * until the process is stopped.
     */
    public static void run(LocalStackOptions options) throws InterruptedException {
        LocalStack stack;
        try {
            stack = start(options);
        }
        catch (RuntimeException ex) {
            System.err.println("The local stack could not start: " + ex.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        stack.printBanner(System.out);
        if (options.demo()) {
            new Demo(stack.urls(), stack.parts.mail, System.out).run();
        }
        new CountDownLatch(1).await();
    }

    /**
     * Starts the embedded parts, then the services; returns once the pipeline is ready.
     */
    public static LocalStack start(LocalStackOptions requested) {
        Instant begin = Instant.now();
        LocalStackOptions options = requested.withFreePortsResolved();
        EmbeddedParts parts = EmbeddedParts.start(options);
        try {
            PipelineServices services = PipelineServices.start(options, parts);
            return new LocalStack(options, parts, services, Duration.between(begin, Instant.now()));
        }
        catch (RuntimeException ex) {
            parts.close();
            throw ex;
        }
    }

    /**
     * A stack on free ports in {@code dataDir}, sending mail to {@code externalSmtp}
     * ({@code host:port}): the fault suite's in-process scenarios and their tests.
     */
    public static LocalStack startOnFreePorts(Path dataDir, String externalSmtp) {
        return startOnFreePorts(LocalStackOptions.parse("--data-dir=" + dataDir, "--external-smtp=" + externalSmtp));
    }

    /**
     * A stack on free ports in {@code dataDir}, with its own SMTP server: the tests of
     * the whole stack.
     */
    public static LocalStack startOnFreePorts(Path dataDir) {
        return startOnFreePorts(LocalStackOptions.parse("--data-dir=" + dataDir));
    }

    private static LocalStack startOnFreePorts(LocalStackOptions options) {
        Map<String, Integer> anyFreePort = new LinkedHashMap<>();
        LocalStackOptions.DEFAULT_PORTS.keySet().forEach(part -> anyFreePort.put(part, 0));
        return start(options.withPorts(anyFreePort));
    }

    /** Where the services, the console and the identity provider answer. */
    public StackUrls urls() {
        return new StackUrls(options, parts);
    }

    /**
     * The development identity provider's issuer; its token endpoint is
     * {@code issuer() + "/oauth2/token"}.
     */
    public String issuer() {
        return PipelineServices.issuer(options);
    }

    /**
     * How an operator's Kafka client reaches this stack: its bootstrap servers, logged in
     * as the admin.
     */
    public Map<String, Object> adminKafkaClient() {
        Map<String, Object> client = new HashMap<>(KafkaDevelopmentLogins.ADMIN.clientProperties());
        client.put("bootstrap.servers", parts.kafka.bootstrapServers());
        return client;
    }

    /** The contexts of the identity provider and the four services. */
    PipelineServices services() {
        return services;
    }

    /**
     * A second instance of each of the four services, and where they answer; close them
     * before the stack.
     */
    record MoreInstances(StackUrls urls, PipelineServices services) implements AutoCloseable {

        @Override
        public void close() {
            services.close();
        }
    }

    /**
     * One more instance of each of the four services on free ports, sharing this stack's
     * parts, databases and consumer groups, so Kafka splits the partitions between the
     * two (the scale-out test).
     */
    MoreInstances startMoreInstances() {
        Map<String, Integer> ports = new LinkedHashMap<>(options.ports());
        for (String service : List.of("intake", "verification", "credit-check", "notification")) {
            ports.put(service, 0);
        }
        LocalStackOptions other = options.withPorts(ports).withFreePortsResolved();
        return new MoreInstances(new StackUrls(other, parts), PipelineServices.startMoreInstances(other, parts));
    }

    EmbeddedParts parts() {
        return parts;
    }

    Duration startup() {
        return startup;
    }

    /** The Kafka broker's bootstrap servers. */
    public String kafkaBootstrapServers() {
        return parts.kafka.bootstrapServers();
    }

    /** The development schema registry. */
    public String registryUrl() {
        return parts.registry.url();
    }

    /**
     * The SMTP server the services send to (GreenMail, unless an external one was named).
     */
    public EmbeddedMailServer mail() {
        return parts.mail;
    }

    public EmbeddedMongoServer mongo() {
        return parts.mongo;
    }

    public void printBanner(PrintStream out) {
        StackUrls urls = urls();
        out.printf("""

                ==================================================================
                 CSP enrollment pipeline: ready in %.1f s (data in %s)
                ------------------------------------------------------------------
                 operator console      %s   (log in as reviewer / reviewer)
                 identity provider     %s   (OAuth2 / OpenID Connect issuer)
                 enrollment-intake     %s   (API docs: %s/swagger-ui.html)
                 verification-service  %s
                 credit-check-service  %s
                 notification-service  %s
                 Kafka                 %s   (SASL_PLAINTEXT, SCRAM-SHA-512)
                 schema registry       %s
                 MongoDB               %s
                 SMTP / IMAP           %s
                ------------------------------------------------------------------
                 DEVELOPMENT SECRETS, for this local stack only:
                 Kafka  %s / %s (upstream systems), %s / %s,
                        each service as <its name> / <its name>-secret
                ------------------------------------------------------------------
                 Try: curl -s %s/actuator/health
                 Metrics (no token): <each service above>/actuator/prometheus,
                   e.g. curl -s %s/actuator/prometheus | grep ^enrollments_ (docs/metrics.md)
                 A token (client operator-cli, every scope of contract.md section 7):
                   curl -s -u operator-cli:operator-cli-secret -d grant_type=client_credentials \\
                     -d 'scope=%s' \\
                     %s/oauth2/token
                 then send its access_token: -H "Authorization: Bearer <access_token>"
                 DEVELOPMENT SECRETS, public in the contract and the README: clients
                 upstream-portal/upstream-portal-secret, operator-cli/operator-cli-secret;
                 people reviewer/reviewer, operator/operator. This machine only.
                ==================================================================

                """, startup.toMillis() / 1000.0, options.dataDir(), urls.console(), issuer(), urls.intake(),
                urls.intake(), urls.verification(), urls.creditCheck(), urls.notification(),
                parts.kafka.bootstrapServers(), parts.registry.url(), parts.mongo.connectionString(),
                parts.mail == null ? options.externalSmtp() + " (external)"
                        : "localhost:" + parts.mail.smtpPort() + " / localhost:" + parts.mail.imapPort()
                                + " (any user, any password)",
                KafkaDevelopmentLogins.UPSTREAM.name(), KafkaDevelopmentLogins.UPSTREAM.password(),
                KafkaDevelopmentLogins.ADMIN.name(), KafkaDevelopmentLogins.ADMIN.password(), urls.intake(),
                urls.intake(), ClientCredentialsToken.EVERY_SCOPE, issuer());
    }

    @Override
    public void close() {
        services.close();
        parts.close();
    }

}
