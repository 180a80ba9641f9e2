package csp.enrollment.localstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import csp.enrollment.creditcheck.CreditCheckApplication;
import csp.enrollment.identity.IdentityProviderApplication;
import csp.enrollment.intake.EnrollmentIntakeApplication;
import csp.enrollment.notification.NotificationApplication;
import csp.enrollment.verification.VerificationApplication;

/**
 * The development identity provider and the four services, each in its own Spring context with
 * its own configuration file, port and database, pointed at the embedded parts. The identity
 * provider starts first, so the services can trust its issuer; intake starts last, so once port
 * 8080 answers the whole pipeline is ready.
 */
final class PipelineServices implements AutoCloseable {

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    static PipelineServices start(LocalStackOptions options, EmbeddedParts parts) {
        var services = new PipelineServices();
        String issuer = issuer(options);
        Map<String, Object> shared = new HashMap<>();
        // Read by each service's resource server; unused until a service has one.
        shared.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        shared.put("spring.kafka.bootstrap-servers", parts.kafka.bootstrapServers());
        shared.put("spring.kafka.properties.schema.registry.url", parts.registry.url());
        shared.put("spring.mongodb.uri", parts.mongo.connectionString());
        shared.put("spring.mail.host", options.smtpHost());
        shared.put("spring.mail.port", options.smtpPort());
        shared.put("spring.main.banner-mode", "off");
        // One JVM, one logging system: the first service's name would label every line.
        shared.put("logging.include-application-name", "false");
        if (options.bench()) {
            // one line per application and e-mail would bury the progress bar and cost time
            shared.put("logging.level.csp.enrollment", "warn");
        }
        try {
            services.run(IdentityProviderApplication::builder, identityProvider(options, issuer),
                    options.port("identity-provider"));
            services.run(CreditCheckApplication::builder, shared, options.port("credit-check"));
            services.run(VerificationApplication::builder, shared, options.port("verification"));
            services.run(NotificationApplication::builder, shared, options.port("notification"));
            services.run(EnrollmentIntakeApplication::builder, shared, options.port("intake"));
            return services;
        }
        catch (RuntimeException ex) {
            services.close();
            throw ex;
        }
    }

    /** The issuer the identity provider writes into every token, and the services trust. */
    static String issuer(LocalStackOptions options) {
        return "http://localhost:" + options.port("identity-provider");
    }

    private static Map<String, Object> identityProvider(LocalStackOptions options, String issuer) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("identity.issuer", issuer);
        // kept with the rest of the stack's data, so tokens outlive a restart
        properties.put("identity.signing-key.location",
                options.dataDir().resolve("identity-provider").resolve("signing-key.jwk"));
        // development secrets: this machine only
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.include-application-name", "false");
        return properties;
    }

    private void run(Supplier<SpringApplicationBuilder> service, Map<String, Object> shared, int port) {
        Map<String, Object> properties = new HashMap<>(shared);
        properties.put("server.port", port);
        // Command-line style arguments outrank the service's own file, as environment variables would.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        contexts.add(service.get().registerShutdownHook(false).run(args));
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
