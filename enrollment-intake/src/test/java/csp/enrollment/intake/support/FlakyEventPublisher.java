package csp.enrollment.intake.support;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.KafkaTemplate;

import csp.enrollment.messaging.EventPublisher;
import csp.enrollment.messaging.EventPublishingException;
import csp.enrollment.messaging.PipelineMessagingProperties;

/**
 * The real {@link EventPublisher}, except that it can be told to fail the next sends of chosen
 * events as if the broker were unreachable. Passes everything through unless told otherwise.
 */
public class FlakyEventPublisher extends EventPublisher {

    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicReference<Predicate<SpecificRecord>> refusing = new AtomicReference<>(event -> false);

    FlakyEventPublisher(KafkaTemplate<String, Object> kafka, PipelineMessagingProperties properties) {
        super(kafka, properties);
    }

    /** Fails the next {@code times} publishes of an event matching {@code which}. */
    public void refuse(int times, Predicate<SpecificRecord> which) {
        refused.set(0);
        refusalsLeft.set(times);
        refusing.set(which);
    }

    /** How many publishes were refused since the last {@link #refuse}. */
    public int refused() {
        return refused.get();
    }

    @Override
    public void publish(String topic, String key, SpecificRecord event) {
        if (refusing.get().test(event) && refusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            refused.incrementAndGet();
            throw new EventPublishingException("Simulated: broker unreachable when publishing to " + topic, null);
        }
        super.publish(topic, key, event);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        @SuppressWarnings("unchecked")
        FlakyEventPublisher flakyEventPublisher(KafkaTemplate<?, ?> kafka, PipelineMessagingProperties properties) {
            return new FlakyEventPublisher((KafkaTemplate<String, Object>) kafka, properties);
        }
    }
}
