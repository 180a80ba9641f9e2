package csp.enrollment.localstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import csp.enrollment.access.KafkaAccess;
import csp.enrollment.access.KafkaPrincipal;
import csp.enrollment.console.OperatorConsoleApplication;
import csp.enrollment.infrastructure.kafka.ScramUser;
import csp.enrollment.creditcheck.CreditCheckApplication;
import csp.enrollment.identity.IdentityProviderApplication;
import csp.enrollment.intake.EnrollmentIntakeApplication;
import csp.enrollment.notification.NotificationApplication;
import csp.enrollment.verification.VerificationApplication;

/**
 * The development identity provider and the four services, each in its own Spring context
 * with its own configuration file, port, database and Kafka login, pointed at the
 * embedded parts. The identity provider and three services start together; intake starts
 * last, so once port 8080 answers the whole pipeline is ready.
 */
final class PipelineServices implements AutoCloseable {

    private final List<ConfigurableApplicationContext> contexts = new CopyOnWriteArrayList<>();

    static PipelineServices start(LocalStackOptions options, EmbeddedParts parts) {
        return start(options, parts, true);
    }

    /**
     * One more instance of each of the four services, beside a running stack's, on the
     * ports {@code options} names for them: the same parts, databases, Kafka logins and
     * consumer groups, trusting the running identity provider (the scale-out test).
     */
    static PipelineServices startMoreInstances(LocalStackOptions options, EmbeddedParts parts) {
        return start(options, parts, false);
    }

    private static PipelineServices start(LocalStackOptions options, EmbeddedParts parts,
            boolean withIdentityProvider) {
        var services = new PipelineServices();
        String issuer = issuer(options);
        Map<String, Object> shared = new HashMap<>();
        // Each service's resource server trusts this issuer (service-security; contract
        // section 7).
        shared.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        shared.put("spring.kafka.bootstrap-servers", parts.kafka.bootstrapServers());
        shared.put("spring.kafka.properties.schema.registry.url", parts.registry.url());
        shared.put("spring.mongodb.uri", parts.mongo.connectionString());
        // The admin created the topics; a service's principal may not.
        shared.put("pipeline.messaging.topics.create", "false");
        shared.put("spring.mail.host", options.smtpHost());
        shared.put("spring.mail.port", options.smtpPort());
        shared.put("spring.main.banner-mode", "off");
        // One JVM, one logging system: the first service's name would label every line.
        shared.put("logging.include-application-name", "false");
        if (options.bench()) {
            // one line per application and e-mail would bury the progress bar and cost
            // time
            shared.put("logging.level.csp.enrollment", "warn");
        }
        try {
            // Much of a context's start is waiting (sockets, files, Kafka metadata):
            // together they are
            // ready in about the time of the slowest. The services fetch the issuer's
            // keys on the first
            // token, so they need not wait for the identity provider.
            List<Runnable> starts = new ArrayList<>();
            if (withIdentityProvider) {
                starts.add(() -> services.start(IdentityProviderApplication::builder, identityProvider(options, issuer),
                        options.port("identity-provider")));
            }
            Map<String, Object> creditCheck = new HashMap<>(shared);
            // the simulated bureau is for this machine only: the service's own default is
            // an external bureau
            creditCheck.put("credit-check.bureau.mode", "simulated");
            starts.add(() -> services.run(CreditCheckApplication::builder, KafkaAccess.CREDIT_CHECK_SERVICE,
                    creditCheck, options.port("credit-check")));
            starts.add(() -> services.run(VerificationApplication::builder, KafkaAccess.VERIFICATION_SERVICE, shared,
                    options.port("verification")));
            starts.add(() -> services.run(NotificationApplication::builder, KafkaAccess.NOTIFICATION_SERVICE, shared,
                    options.port("notification")));
            StartTogether.run(starts);
            // last: once port 8080 answers, the whole pipeline is ready
            Map<String, Object> intake = new HashMap<>(shared);
            intake.putAll(DevelopmentMasterKey.intakeProperties(options.dataDir()));
            services.run(EnrollmentIntakeApplication::builder, KafkaAccess.ENROLLMENT_INTAKE, intake,
                    options.port("intake"));
            if (withIdentityProvider) {
                services.start(OperatorConsoleApplication::builder, console(options, issuer), options.port("console"));
            }
            return services;
        }
        catch (RuntimeException ex) {
            services.close();
            throw ex;
        }
    }

    /**
     * The issuer the identity provider writes into every token, and the services trust.
     */
    static String issuer(LocalStackOptions options) {
        return "http://localhost:" + options.port("identity-provider");
    }

    private static Map<String, Object> identityProvider(LocalStackOptions options, String issuer) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("identity.issuer", issuer);
        // the operator console's login comes back to its port
        properties.put("operator-console.url", "http://localhost:" + options.port("console"));
        // kept with the rest of the stack's data, so tokens outlive a restart
        properties.put("identity.signing-key.location",
                options.dataDir().resolve("identity-provider").resolve("signing-key.jwk"));
        // development secrets: this machine only
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.include-application-name", "false");
        return properties;
    }

    /**
     * The operator console: logs people in at the stack's identity provider and calls the
     * four services.
     */
    private static Map<String, Object> console(LocalStackOptions options, String issuer) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.security.oauth2.client.provider.identity-provider.issuer-uri", issuer);
        properties.put("console.services.intake", "http://localhost:" + options.port("intake"));
        properties.put("console.services.verification", "http://localhost:" + options.port("verification"));
        properties.put("console.services.credit-check", "http://localhost:" + options.port("credit-check"));
        properties.put("console.services.notification", "http://localhost:" + options.port("notification"));
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.include-application-name", "false");
        return properties;
    }

    /** Starts a service that uses Kafka, logged in as its own principal. */
    private void run(Supplier<SpringApplicationBuilder> service, KafkaPrincipal principal, Map<String, Object> shared,
            int port) {
        Map<String, Object> properties = new HashMap<>(shared);
        // Every Kafka client of the service (consumer, producer, admin, dead-letter
        // producer) logs in as it.
        ScramUser login = KafkaDevelopmentLogins.of(principal);
        properties.put("spring.kafka.security.protocol", ScramUser.SECURITY_PROTOCOL);
        properties.put("spring.kafka.properties.sasl.mechanism", ScramUser.MECHANISM);
        properties.put("spring.kafka.properties.sasl.jaas.config", login.jaasConfig());
        // ...but its dead-letter API, which reads the dead letters and replays them as
        // the operations login
        properties.put("pipeline.messaging.dead-letters.kafka-properties.sasl.jaas.config",
                KafkaDevelopmentLogins.of(KafkaPrincipal.operationsOf(principal)).jaasConfig());
        start(service, properties, port);
    }

    private void start(Supplier<SpringApplicationBuilder> service, Map<String, Object> own, int port) {
        Map<String, Object> properties = new HashMap<>(own);
        properties.put("server.port", port);
        // Command-line style arguments outrank the service's own file, as environment
        // variables would.
        String[] args = properties.entrySet()
            .stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
        contexts.add(service.get().listeners(new OneLoggingSetupAtATime()).registerShutdownHook(false).run(args));
    }

    /**
     * The running contexts, in the order they started (the identity provider's first, if
     * any).
     */
    List<ConfigurableApplicationContext> contexts() {
        return List.copyOf(contexts);
    }

    /** Stops the services in reverse order: intake first, so nothing new comes in. */
    @Override
    public void close() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            contexts.get(i).close();
        }
        contexts.clear();
    }

}
