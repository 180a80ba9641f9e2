package csp.enrollment.messaging;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.NestedExceptionUtils;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

import csp.enrollment.events.Topics;
import csp.enrollment.serde.AvroSerializer;
import csp.enrollment.serde.SubjectNameStrategy;

/**
 * The one error handler of every listener: a record that cannot be decoded goes to
 * {@code <topic>.DLT} at once; a record whose processing fails is retried with bounded
 * exponential back-off, then dead-lettered. Either way the partition moves on, and the cause
 * travels in the {@code kafka_dlt-exception-*} headers and {@value #ROOT_CAUSE_HEADER}.
 */
final class DeadLetterPublishing implements DisposableBean {

    /** Header of a dead letter naming its innermost cause. */
    static final String ROOT_CAUSE_HEADER = "pipeline_dlt-root-cause";

    private final DefaultKafkaProducerFactory<Object, Object> producerFactory;
    private final DefaultErrorHandler errorHandler;

    DeadLetterPublishing(Map<String, Object> producerProperties, PipelineMessagingProperties.Retry retry) {
        this.producerFactory = deadLetterProducerFactory(producerProperties);
        var template = new KafkaTemplate<>(producerFactory);
        template.setProducerListener(new MetadataOnlyProducerListener());
        this.errorHandler = errorHandler(template, retry);
    }

    DefaultErrorHandler errorHandler() {
        return errorHandler;
    }

    @Override
    public void destroy() {
        producerFactory.destroy();
    }

    private static DefaultErrorHandler errorHandler(KafkaTemplate<Object, Object> deadLetterTemplate,
            PipelineMessagingProperties.Retry retry) {
        // Partition -1: Kafka picks one, so a dead-letter topic need not match its source's partitions.
        var recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, exception) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
        recoverer.addHeadersFunction(DeadLetterPublishing::rootCauseHeader);
        var backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        return new DefaultErrorHandler(recoverer, backOff);
    }

    /**
     * The innermost cause in words ({@code kafka_dlt-exception-message} holds only the outermost,
     * e.g. "failed to deserialize"), so an operator sees why without reading a stack trace.
     */
    private static Headers rootCauseHeader(ConsumerRecord<?, ?> record, Exception exception) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
        String text = cause.getClass().getName() + ": " + cause.getMessage();
        return new RecordHeaders().add(ROOT_CAUSE_HEADER, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A producer that writes the original bytes of an undecodable record unchanged, and a decoded
     * record that failed processing as Avro again. A dead-letter topic holds whatever type failed
     * (a record of the wrong type among them), so its schemas are registered per topic and record
     * type; with the topic's own subject the registry would refuse the second type, and the
     * partition would stall on a dead letter that cannot be written.
     */
    private static DefaultKafkaProducerFactory<Object, Object> deadLetterProducerFactory(
            Map<String, Object> properties) {
        Map<String, Object> producerProperties = new HashMap<>(properties);
        producerProperties.put(SubjectNameStrategy.VALUE_SUBJECT_NAME_STRATEGY,
                SubjectNameStrategy.TOPIC_RECORD_NAME_CLASS);
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(Object.class, new AvroSerializer());
        var factory = new DefaultKafkaProducerFactory<Object, Object>(producerProperties,
                new DelegatingByTypeSerializer(Map.of(String.class, new StringSerializer(),
                        byte[].class, new ByteArraySerializer()), true),
                new DelegatingByTypeSerializer(byType, true));
        factory.setPhysicalCloseTimeout(5);
        return factory;
    }
}
