package csp.enrollment.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The Kafka settings every service of the pipeline shares, added with the LOWEST
 * precedence so a service's own configuration or an environment variable still wins
 * (swapping in Confluent's {@code KafkaAvroSerializer} is a change of
 * {@code spring.kafka.producer.value-serializer} only).
 */
class PipelineKafkaDefaults implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE_NAME = "pipelineKafkaDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults()));
    }

    static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.kafka.properties.schema.registry.url", "http://localhost:8081");
        defaults.put("spring.kafka.producer.key-serializer", "org.apache.kafka.common.serialization.StringSerializer");
        defaults.put("spring.kafka.producer.value-serializer", "csp.enrollment.serde.AvroSerializer");
        // Exactly-once per partition on the producer side: a retried send is never
        // written twice.
        defaults.put("spring.kafka.producer.acks", "all");
        defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
        defaults.put("spring.kafka.producer.properties.linger.ms", "5");
        // A send must not block (broker unreachable) longer than EventPublisher waits for
        // its
        // acknowledgement: the default pipeline.messaging.publish-timeout, 10 s.
        defaults.put("spring.kafka.producer.properties.max.block.ms", "10000");
        // Errors name the record by topic, partition and offset, never by its value (bank
        // details).
        defaults.put("spring.kafka.listener.only-log-record-metadata", "true");
        defaults.put("spring.kafka.consumer.group-id", "${spring.application.name}");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.key-deserializer",
                "org.apache.kafka.common.serialization.StringDeserializer");
        // Undecodable bytes surface as a DeserializationException the error handler
        // dead-letters,
        // instead of failing the poll and blocking the partition.
        defaults.put("spring.kafka.consumer.value-deserializer",
                "org.springframework.kafka.support.serializer.ErrorHandlingDeserializer");
        defaults.put("spring.kafka.consumer.properties.spring.deserializer.value.delegate.class",
                "csp.enrollment.serde.AvroDeserializer");
        defaults.put("spring.kafka.consumer.properties.specific.avro.reader", "true");
        // An observation of every record a listener handles: the timer
        // spring.kafka.listener on
        // /actuator/prometheus (docs/metrics.md). Not the template's: an observed send
        // first asks
        // KafkaAdmin for the cluster id, on the sending thread, which blocks a work
        // thread for the
        // admin's timeout while Kafka is unreachable (sends are seen in the
        // kafka_producer_* client metrics).
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        // Metrics are scraped from /actuator/prometheus; the OpenTelemetry starter would
        // also push
        // them over OTLP to localhost:4318. Traces are exported only once
        // management.opentelemetry.tracing.export.otlp.endpoint is set
        // (docs/observability.md).
        defaults.put("management.otlp.metrics.export.enabled", "false");
        // The Kafka clients log every rebalance and offset reset at INFO: too loud to
        // find anything.
        defaults.put("logging.level.org.apache.kafka", "warn");
        return defaults;
    }

}
