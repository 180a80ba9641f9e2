package csp.enrollment.messaging;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ProducerListener;

/**
 * The Kafka plumbing every service shares, written once: topics, dead-letter handling,
 * event publishing and event metadata. Serde and client defaults come from
 * {@link PipelineKafkaDefaults}.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration" })
@EnableConfigurationProperties(PipelineMessagingProperties.class)
public class PipelineMessagingAutoConfiguration {

    @Bean
    @ConditionalOnProperty(name = "pipeline.messaging.topics.create", matchIfMissing = true)
    KafkaAdmin.NewTopics pipelineTopics(PipelineMessagingProperties properties) {
        return new KafkaAdmin.NewTopics(PipelineTopicsFactory.newTopics(properties.topics()).toArray(NewTopic[]::new));
    }

    /**
     * Replaces Boot's LoggingProducerListener, which would log part of a failed record's
     * value.
     */
    @Bean
    @ConditionalOnMissingBean(ProducerListener.class)
    ProducerListener<Object, Object> kafkaProducerListener() {
        return new MetadataOnlyProducerListener();
    }

    /**
     * Not a KafkaTemplate bean: that would stop Boot from creating the services' own
     * template.
     */
    @Bean
    DeadLetterPublishing deadLetterPublishing(KafkaProperties kafkaProperties, PipelineMessagingProperties properties,
            ObjectProvider<MeterRegistry> meterRegistry) {
        MeterRegistry registry = meterRegistry.getIfAvailable();
        return new DeadLetterPublishing(kafkaProperties.buildProducerProperties(), properties.retry(),
                registry == null ? DeadLetterMetrics.NONE : DeadLetterMetrics.counting(registry));
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler pipelineErrorHandler(DeadLetterPublishing deadLetterPublishing) {
        return deadLetterPublishing.errorHandler();
    }

    /**
     * Picked up by Boot's listener container factory: every listener's log lines name
     * their enrollment.
     */
    @Bean
    @ConditionalOnMissingBean(RecordInterceptor.class)
    RecordInterceptor<Object, Object> enrollmentLogContext() {
        return new EnrollmentLogContext();
    }

    @Bean
    RecordTracing recordTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new RecordTracing(tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    @Bean
    @SuppressWarnings("unchecked")
    EventPublisher eventPublisher(KafkaTemplate<?, ?> kafkaTemplate, PipelineMessagingProperties properties,
            RecordTracing tracing) {
        return new EventPublisher((KafkaTemplate<String, Object>) kafkaTemplate, properties, tracing);
    }

    @Bean
    @SuppressWarnings("unchecked")
    BatchSend batchSend(KafkaTemplate<?, ?> kafkaTemplate, PipelineMessagingProperties properties,
            RecordTracing tracing) {
        return new BatchSend((KafkaTemplate<String, Object>) kafkaTemplate, properties, tracing);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventMetadataFactory eventMetadataFactory(@Value("${spring.application.name}") String producer) {
        return new EventMetadataFactory(producer);
    }

}
