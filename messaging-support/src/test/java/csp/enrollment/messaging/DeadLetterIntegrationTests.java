package csp.enrollment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import csp.enrollment.events.Topics;
import csp.enrollment.messaging.deadletter.DeadLetterHeaders;
import csp.enrollment.serde.AvroSerializer;
import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.testinfra.TestInfrastructure;

@PipelineInfrastructure
@SpringBootTest(classes = MessagingTestApplication.class,
        properties = { "spring.application.name=messaging-support-test",
                "pipeline.messaging.retry.initial-interval=50ms", "pipeline.messaging.retry.max-retries=2" })
class DeadLetterIntegrationTests {

    private static KafkaConsumer<String, byte[]> deadLetters;

    @Autowired
    EventPublisher publisher;

    @Autowired
    MessagingTestApplication.SubmittedListener listener;

    @Autowired
    MessagingTestApplication.ReviewListener reviews;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void subscribeToTheDeadLetterTopic() {
        Map<String, Object> config = new HashMap<>(TestInfrastructure.get().kafkaAdminProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        deadLetters = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        deadLetters.subscribe(
                List.of(Topics.deadLetterTopicOf(Topics.SUBMITTED), Topics.deadLetterTopicOf(Topics.REVIEW_REQUESTED)));
    }

    @AfterAll
    static void close() {
        deadLetters.close();
    }

    @Test
    void publishedEventsReachTheListenerAsGeneratedClasses() {
        var event = SampleEvents.submitted("Contoso Cloud B.V.");

        publisher.publish(Topics.SUBMITTED, event.getMetadata().getEnrollmentId(), event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(listener.received).contains(event));
    }

    @Test
    void undecodableBytesGoToTheDeadLetterTopicAtOnceWithTheCauseAndTheOriginalBytes() {
        String key = "poison-" + UUID.randomUUID();
        byte[] garbage = "definitely not avro".getBytes(StandardCharsets.UTF_8);
        sendRaw(Topics.SUBMITTED, key, garbage);
        var after = SampleEvents.submitted("After the poison B.V.");
        publisher.publish(Topics.SUBMITTED, after.getMetadata().getEnrollmentId(), after);

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);

        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(header(dead, DeadLetterHeaders.ROOT_CAUSE)).contains("magic byte").contains(Topics.SUBMITTED);
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.SUBMITTED);
        // the partition moved on: the record behind the poison was processed
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(listener.received).contains(after));
    }

    @Test
    void aRecordThatKeepsFailingIsRetriedThenDeadLettered() {
        var failing = SampleEvents.submitted("fail");
        String key = failing.getMetadata().getEnrollmentId();

        publisher.publish(Topics.SUBMITTED, key, failing);

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
        assertThat(header(dead, "kafka_dlt-exception-cause-fqcn")).isEqualTo(IllegalStateException.class.getName());
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("cannot process company 'fail'");
        assertThat(listener.attempts).filteredOn(failing.getMetadata().getEventId()::equals).hasSize(3);
        assertThat(dead.value()[0]).as("re-encoded in the Confluent wire format").isZero();
    }

    @Test
    void aValidRecordOfTheWrongTypeIsDeadLetteredWithoutRetryingAndWithoutItsBankDetails() {
        var wrongType = SampleEvents.application();
        String key = "wrong-type-" + UUID.randomUUID();

        // The registry refuses a ProfileVerified schema under enrollment.submitted-value,
        // so a
        // misbehaving producer can only copy bytes written for another topic.
        try (var serializer = new AvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", TestInfrastructure.get().schemaRegistryUrl()), false);
            sendRaw(Topics.SUBMITTED, key, serializer.serialize(Topics.APPLICATIONS, wrongType));
        }

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
        assertThat(header(dead, DeadLetterHeaders.ROOT_CAUSE)).contains("EnrollmentApplication");
        assertThat(dead.headers())
            .allSatisfy(header -> assertThat(new String(header.value(), StandardCharsets.UTF_8)).as(header.key())
                .doesNotContain(SampleEvents.IBAN));
    }

    @Test
    void aTypeAClassLevelListenerDoesNotHandleIsDeadLetteredAfterOneAttempt() {
        var submitted = SampleEvents.submitted("Wrong topic B.V.");
        String key = submitted.getMetadata().getEnrollmentId();

        try (var serializer = new AvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", TestInfrastructure.get().schemaRegistryUrl()), false);
            sendRaw(Topics.REVIEW_REQUESTED, key, serializer.serialize(Topics.SUBMITTED, submitted));
        }

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.REVIEW_REQUESTED);
        assertThat(header(dead, "kafka_dlt-exception-cause-fqcn")).isEqualTo(UnexpectedEventException.class.getName());
        assertThat(reviews.unexpected).filteredOn(submitted::equals).hasSize(1);
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(
                    meters.find(DeadLetterMetrics.DEAD_LETTERS).tag("topic", Topics.REVIEW_REQUESTED).counter())
                .isNotNull()
                .satisfies(counter -> assertThat(counter.count()).isGreaterThanOrEqualTo(1)));
    }

    private static void sendRaw(String topic, String key, byte[] value) {
        Map<String, Object> config = new HashMap<>(TestInfrastructure.get().kafkaAdminProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
        }
    }

    private static final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            deadLetters.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(record -> key.equals(record.key())).findFirst().orElse(null);
        }, record -> record != null);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
