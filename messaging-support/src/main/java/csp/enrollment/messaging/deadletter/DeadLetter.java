package csp.enrollment.messaging.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * A record of a dead-letter topic, read as the shared error handler wrote it: the
 * original record's key, value and headers, plus headers naming where it came from and
 * why it failed.
 *
 * @param original where the record that failed sits on its own topic
 * @param consumerGroup the consumer group that failed it; a topic's dead-letter topic is
 * shared by all its consumers
 * @param deadLetteredAt when it was written to the dead-letter topic
 * @param causeClass the innermost cause's class
 * @param causeMessage the innermost cause's message, any record text redacted when it was
 * written
 * @param record the dead letter itself, to replay
 */
public record DeadLetter(RecordLocation original, String consumerGroup, Instant deadLetteredAt, String causeClass,
        String causeMessage, ConsumerRecord<byte[], byte[]> record) {

    /**
     * The dead letter in {@code record}; empty when it lacks the headers naming its
     * original record.
     */
    static Optional<DeadLetter> of(ConsumerRecord<byte[], byte[]> record) {
        String topic = text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        byte[] partition = bytes(record, KafkaHeaders.DLT_ORIGINAL_PARTITION);
        byte[] offset = bytes(record, KafkaHeaders.DLT_ORIGINAL_OFFSET);
        if (topic == null || partition == null || partition.length != Integer.BYTES || offset == null
                || offset.length != Long.BYTES) {
            return Optional.empty();
        }
        var original = new RecordLocation(topic, ByteBuffer.wrap(partition).getInt(),
                ByteBuffer.wrap(offset).getLong());
        String cause = text(record, DeadLetterHeaders.ROOT_CAUSE);
        String causeClass;
        String causeMessage;
        if (cause != null && cause.contains(": ")) {
            causeClass = cause.substring(0, cause.indexOf(": "));
            causeMessage = cause.substring(cause.indexOf(": ") + 2);
        }
        else {
            causeClass = firstOf(text(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN),
                    text(record, KafkaHeaders.DLT_EXCEPTION_FQCN));
            causeMessage = text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        }
        return Optional.of(new DeadLetter(original, text(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP),
                Instant.ofEpochMilli(record.timestamp()), causeClass, causeMessage, record));
    }

    /** Where the dead letter itself sits. */
    public RecordLocation location() {
        return new RecordLocation(record.topic(), record.partition(), record.offset());
    }

    /** The record's key as text (the pipeline's keys are enrollment ids), or null. */
    public String key() {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    /** Whether {@code group} failed it, or the dead letter does not say. */
    boolean failedIn(String group) {
        return consumerGroup == null || consumerGroup.equals(group);
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }

    private static byte[] bytes(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }

    private static String text(ConsumerRecord<byte[], byte[]> record, String name) {
        byte[] value = bytes(record, name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }
}
