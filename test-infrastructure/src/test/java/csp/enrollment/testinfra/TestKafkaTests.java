package csp.enrollment.testinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import csp.enrollment.events.EventMetadata;

@PipelineInfrastructure
class TestKafkaTests {

    @Test
    void readsBackWhatItPublishedAsAvroAndAsBytesByKey() {
        String topic = "test-kafka-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        var event = EventMetadata.newBuilder()
            .setEventId("e-1")
            .setEnrollmentId(key)
            .setOccurredAt(Instant.ofEpochMilli(1))
            .setCorrelationId(key)
            .setProducer("test")
            .build();

        TestKafka.publish(topic, key, event);
        TestKafka.publishRaw(topic, key, "raw".getBytes(StandardCharsets.UTF_8));

        try (var raw = TestKafka.raw(topic)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> raw.withKey(key).size() == 2);
            assertThat(raw.valuesWithKey(key).get(0)[0]).as("Confluent magic byte").isZero();
            assertThat(new String(raw.valuesWithKey(key).get(1), StandardCharsets.UTF_8)).isEqualTo("raw");
        }
        assertThat(TestKafka.committedOffset("nobody-" + key, new TopicPartition(topic, 0))).isEqualTo(-1);
    }

}
