package csp.enrollment.localstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import csp.enrollment.creditcheck.CreditCheckApplication;
import csp.enrollment.intake.EnrollmentIntakeApplication;
import csp.enrollment.notification.NotificationApplication;
import csp.enrollment.verification.VerificationApplication;

/**
 * The four services, each in its own Spring context with its own configuration file, port and
 * database, pointed at the embedded parts. Intake starts last, so once port 8080 answers the
 * whole pipeline is ready.
 */
final class PipelineServices implements AutoCloseable {

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    static PipelineServices start(LocalStackOptions options, EmbeddedParts parts) {
        var services = new PipelineServices();
        Map<String, Object> shared = new HashMap<>();
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
