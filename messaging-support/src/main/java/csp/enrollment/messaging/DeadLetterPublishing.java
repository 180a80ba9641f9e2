package csp.enrollment.messaging;

import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

import csp.enrollment.events.Topics;
import csp.enrollment.messaging.deadletter.DeadLetterHeaders;
import csp.enrollment.serde.AvroSerializer;
import csp.enrollment.serde.SubjectNameStrategy;

/**
 * The one error handler of every listener: a record that cannot be decoded goes to
 * {@code <topic>.DLT} at once; a record whose processing fails is retried with bounded
 * exponential back-off, then dead-lettered; a record of the wrong type
 * ({@link UnexpectedEventException}) or one its consumer refuses
 * ({@link RefusedEventException}) is dead-lettered at once. Either way the partition
 * moves on, and the cause travels in the {@code kafka_dlt-exception-*} headers and
 * {@value DeadLetterHeaders#ROOT_CAUSE}.
 */
final class DeadLetterPublishing implements DisposableBean {

    private final DefaultKafkaProducerFactory<Object, Object> producerFactory;

    private final DefaultErrorHandler errorHandler;

    DeadLetterPublishing(Map<String, Object> producerProperties, PipelineMessagingProperties.Retry retry) {
        this(producerProperties, retry, DeadLetterMetrics.NONE);
    }

    DeadLetterPublishing(Map<String, Object> producerProperties, PipelineMessagingProperties.Retry retry,
            DeadLetterMetrics metrics) {
        this.producerFactory = deadLetterProducerFactory(producerProperties);
        var template = new KafkaTemplate<>(producerFactory);
        template.setProducerListener(new MetadataOnlyProducerListener());
        this.errorHandler = errorHandler(template, retry, metrics);
    }

    DefaultErrorHandler errorHandler() {
        return errorHandler;
    }

    @Override
    public void destroy() {
        producerFactory.destroy();
    }

    private static DefaultErrorHandler errorHandler(KafkaTemplate<Object, Object> deadLetterTemplate,
            PipelineMessagingProperties.Retry retry, DeadLetterMetrics metrics) {
        // Partition -1: Kafka picks one, so a dead-letter topic need not match its
        // source's partitions.
        var recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, exception) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
        recoverer.setExceptionHeadersCreator(DeadLetterPublishing::exceptionHeaders);
        recoverer.addHeadersFunction(DeadLetterPublishing::rootCauseHeader);
        var backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        // counted once written: the recoverer throws when the dead letter could not be
        // sent
        ConsumerRecordRecoverer counted = (record, exception) -> {
            recoverer.accept(record, exception);
            metrics.deadLettered(record.topic());
        };
        var handler = new DefaultErrorHandler(counted, backOff);
        handler.addNotRetryableExceptions(UnexpectedEventException.class, RefusedEventException.class);
        return handler;
    }

    /**
     * Spring's exception headers (class, cause class, message, stack trace), with every
     * record quoted in a message redacted: a conversion error prints the whole payload,
     * bank details and all.
     */
    private static void exceptionHeaders(Headers headers, Exception exception, boolean isKey,
            DeadLetterPublishingRecoverer.HeaderNames names) {
        var info = names.getExceptionInfo();
        Throwable cause = exception.getCause();
        headers.add(isKey ? info.getKeyExceptionFqcn() : info.getExceptionFqcn(), utf8(exception.getClass().getName()));
        if (!isKey && cause != null) {
            headers.add(info.getExceptionCauseFqcn(), utf8(cause.getClass().getName()));
        }
        String message = exception.getMessage();
        if (cause != null && cause.getMessage() != null && (message == null || !message.contains(cause.getMessage()))) {
            message = (message == null ? "" : message + "; ") + cause.getMessage();
        }
        headers.add(isKey ? info.getKeyExceptionMessage() : info.getExceptionMessage(),
                utf8(PayloadRedaction.redact(String.valueOf(message))));
        StringWriter trace = new StringWriter();
        exception.printStackTrace(new PrintWriter(trace));
        headers.add(isKey ? info.getKeyExceptionStacktrace() : info.getExceptionStacktrace(),
                utf8(PayloadRedaction.redact(trace.toString())));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The innermost cause in words ({@code kafka_dlt-exception-message} holds only the
     * outermost, e.g. "failed to deserialize"), so an operator sees why without reading a
     * stack trace.
     */
    private static Headers rootCauseHeader(ConsumerRecord<?, ?> record, Exception exception) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
        String text = cause.getClass().getName() + ": " + PayloadRedaction.redact(cause.getMessage());
        return new RecordHeaders().add(DeadLetterHeaders.ROOT_CAUSE, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A producer that writes the original bytes of an undecodable record unchanged, and a
     * decoded record that failed processing as Avro again. A dead-letter topic holds
     * whatever type failed (a record of the wrong type among them), so its schemas are
     * registered per topic and record type; with the topic's own subject the registry
     * would refuse the second type, and the partition would stall on a dead letter that
     * cannot be written.
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
                new DelegatingByTypeSerializer(
                        Map.of(String.class, new StringSerializer(), byte[].class, new ByteArraySerializer()), true),
                new DelegatingByTypeSerializer(byType, true));
        factory.setPhysicalCloseTimeout(5);
        return factory;
    }

}
