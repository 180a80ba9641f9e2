package csp.enrollment.messaging.deadletter;

import java.util.Objects;

/**
 * Where a record sits on Kafka. A dead letter is named by the location of the record that
 * failed (its original topic), which is also how an operator meets it in a log line.
 */
public record RecordLocation(String topic, int partition, long offset) {

    public RecordLocation {
        Objects.requireNonNull(topic, "topic");
    }

    /**
     * {@code topic/partition/offset}: the id of a replay, and the
     * {@value DeadLetterHeaders#REPLAYED_FROM} header.
     */
    public String id() {
        return topic + "/" + partition + "/" + offset;
    }

    @Override
    public String toString() {
        return id();
    }
}
