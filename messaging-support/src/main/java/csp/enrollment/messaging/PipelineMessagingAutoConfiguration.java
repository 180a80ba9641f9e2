package csp.enrollment.messaging;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
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
import org.springframework.kafka.support.ProducerListener;

/**
 * The Kafka plumbing every service shares, written once: topics, dead-letter handling, event
 * publishing and event metadata. Serde and client defaults come from {@link PipelineKafkaDefaults}.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(PipelineMessagingProperties.class)
public class PipelineMessagingAutoConfiguration {

    @Bean
    @ConditionalOnProperty(name = "pipeline.messaging.topics.create", matchIfMissing = true)
    KafkaAdmin.NewTopics pipelineTopics(PipelineMessagingProperties properties) {
        return new KafkaAdmin.NewTopics(
                PipelineTopicsFactory.newTopics(properties.topics()).toArray(NewTopic[]::new));
    }

    /** Replaces Boot's LoggingProducerListener, which would log part of a failed record's value. */
    @Bean
    @ConditionalOnMissingBean(ProducerListener.class)
    ProducerListener<Object, Object> kafkaProducerListener() {
        return new MetadataOnlyProducerListener();
    }

    /** Not a KafkaTemplate bean: that would stop Boot from creating the services' own template. */
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

    @Bean
    @SuppressWarnings("unchecked")
    EventPublisher eventPublisher(KafkaTemplate<?, ?> kafkaTemplate, PipelineMessagingProperties properties) {
        return new EventPublisher((KafkaTemplate<String, Object>) kafkaTemplate, properties);
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
