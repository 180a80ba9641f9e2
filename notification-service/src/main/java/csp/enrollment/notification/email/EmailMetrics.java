package csp.enrollment.notification.email;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The e-mail outcomes on {@code /actuator/prometheus} (docs/metrics.md): {@value #SENT}
 * and {@value #FAILED} (refused for good), tagged with the {@code template} slug and the
 * {@code language} it was written in: a few templates times a few languages. Deferrals
 * are {@code pipeline.work.retried{kind="send-email"}}, the outbox
 * {@code pipeline.work.pending{kind="send-email"}}.
 */
@Component
class EmailMetrics {

    static final String SENT = "emails.sent";
    static final String FAILED = "emails.failed";

    /** Counts nothing: for a {@link SendEmails} built without a registry. */
    static final EmailMetrics NONE = new EmailMetrics((MeterRegistry) null);

    private final MeterRegistry registry;

    @Autowired
    EmailMetrics(ObjectProvider<MeterRegistry> registry) {
        this(registry.getIfAvailable());
    }

    private EmailMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void sent(Email email) {
        count(SENT, "E-mails the SMTP server accepted", email);
    }

    void failed(Email email) {
        count(FAILED, "E-mails the SMTP server refused for good", email);
    }

    private void count(String name, String description, Email email) {
        if (registry != null) {
            Counter.builder(name)
                .description(description)
                .tag("template", String.valueOf(email.template()))
                .tag("language", String.valueOf(email.language()))
                .register(registry)
                .increment();
        }
    }

}
