package csp.enrollment.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import csp.enrollment.events.Topics;
import csp.enrollment.intake.support.IntakeApi;
import csp.enrollment.intake.support.IntakeIntegrationTest;
import csp.enrollment.intake.support.Requests;
import csp.enrollment.intake.support.TestEvents;
import csp.enrollment.messaging.RefusedEventException;
import csp.enrollment.testinfra.TestInfrastructure;
import csp.enrollment.testinfra.TestKafka;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13: the status view applies only what the state machine allows. A forged
 * {@code CreditCheckPassed} for a rejected enrollment is refused, dead-lettered with the
 * rule it breaks, and the partition moves on.
 */
@IntakeIntegrationTest
class RefusedStatusEventsIntegrationTests {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private IntakeApi api;

    @BeforeEach
    void connect() {
        api = new IntakeApi(port);
    }

    @Test
    void aRejectedEnrollmentStaysRejectedAndTheForgedCreditCheckIsDeadLetteredWhileThePartitionMovesOn() {
        String forgedEventId;
        String rejectedId = IntakeApi.json(api.submit(Requests.directBill().toString())).get("enrollmentId").asString();
        Instant now = Instant.now();
        TestKafka.publish(Topics.PROFILE_REJECTED, rejectedId, TestEvents.profileRejected(rejectedId, now));
        awaitStatus(rejectedId, "REJECTED");
        // A second enrollment whose credit-check results land on the same partition as
        // the forged one.
        String otherId = idOnTheSamePartitionAs(rejectedId, Topics.CREDIT_CHECK_PASSED);
        TestKafka.publish(Topics.PROFILE_VERIFIED, otherId, TestEvents.profileVerified(otherId, now));
        awaitStatus(otherId, "VERIFIED");

        try (var deadLetters = TestKafka.raw(Topics.deadLetterTopicOf(Topics.CREDIT_CHECK_PASSED))) {
            var forged = TestEvents.creditCheckPassed(rejectedId, now.plusSeconds(1));
            forgedEventId = forged.getMetadata().getEventId();
            var forgedAt = TestKafka.publish(Topics.CREDIT_CHECK_PASSED, rejectedId, forged);
            var validAt = TestKafka.publish(Topics.CREDIT_CHECK_PASSED, otherId,
                    TestEvents.creditCheckPassed(otherId, now.plusSeconds(1)));
            assertThat(validAt.partition()).isEqualTo(forgedAt.partition());
            assertThat(validAt.offset()).isGreaterThan(forgedAt.offset());

            // The following valid record on the same partition is applied.
            awaitStatus(otherId, "CREDIT_CHECK_PASSED");

            ConsumerRecord<String, byte[]> dead = await().atMost(EVENT_TIMEOUT)
                .until(() -> deadLetters.withKey(rejectedId), records -> !records.isEmpty())
                .get(0);
            assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.CREDIT_CHECK_PASSED);
            assertThat(ByteBuffer.wrap(dead.headers().lastHeader("kafka_dlt-original-offset").value()).getLong())
                .isEqualTo(forgedAt.offset());
            assertThat(header(dead, "kafka_dlt-exception-cause-fqcn")).isEqualTo(RefusedEventException.class.getName());
            assertThat(header(dead, "pipeline_dlt-root-cause")).contains("CONFLICTS_WITH_REJECTED")
                .contains("CREDIT_CHECK_PASSED after REJECTED")
                .contains(forged.getMetadata().getEventId());
            assertThat(dead.headers())
                .allSatisfy(header -> assertThat(new String(header.value(), StandardCharsets.UTF_8)).as(header.key())
                    .doesNotContain("NL91ABNA0417164300")
                    .doesNotContain("sanne.devries"));
            // Not retried: dead-lettered once, after one attempt.
            assertThat(deadLetters.withKeyUpToNow(rejectedId)).hasSize(1);
        }

        JsonNode rejected = view(rejectedId);
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(statuses(rejected)).containsExactly("SUBMITTED", "REJECTED");
        // SUBMITTED's and REJECTED's events only.
        assertThat(mongo.findById(rejectedId, org.bson.Document.class, "enrollments")
            .getList("appliedEventIds", String.class)).hasSize(2).doesNotContain(forgedEventId);
    }

    @Test
    void refusesACreditCheckResultForAnIndirectResellerEnrollment() {
        String enrollmentId = IntakeApi.json(api.submit(Requests.indirectReseller().toString()))
            .get("enrollmentId")
            .asString();

        try (var deadLetters = TestKafka.raw(Topics.deadLetterTopicOf(Topics.CREDIT_CHECK_FAILED))) {
            TestKafka.publish(Topics.CREDIT_CHECK_FAILED, enrollmentId,
                    TestEvents.creditCheckFailed(enrollmentId, Instant.now()));

            ConsumerRecord<String, byte[]> dead = await().atMost(EVENT_TIMEOUT)
                .until(() -> deadLetters.withKey(enrollmentId), records -> !records.isEmpty())
                .get(0);
            assertThat(header(dead, "pipeline_dlt-root-cause")).contains("CREDIT_CHECK_NOT_FOR_INDIRECT_RESELLER");
        }
        assertThat(statuses(view(enrollmentId))).containsExactly("SUBMITTED");
    }

    /**
     * An enrollment id (intake does not know it yet) whose records go to the same
     * partition as {@code key}'s.
     */
    private static String idOnTheSamePartitionAs(String key, String topic) {
        int partitions;
        try (var consumer = new KafkaConsumer<>(new HashMap<>(TestInfrastructure.get().kafkaAdminProperties()),
                new StringDeserializer(), new StringDeserializer())) {
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).size();
        }
        int target = partitionOf(key, partitions);
        while (true) {
            String candidate = UUID.randomUUID().toString();
            if (partitionOf(candidate, partitions) == target) {
                return candidate;
            }
        }
    }

    /** The default partitioner's choice for a keyed record. */
    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private JsonNode awaitStatus(String enrollmentId, String status) {
        return await().atMost(EVENT_TIMEOUT)
            .until(() -> view(enrollmentId), view -> view != null && status.equals(view.get("status").asString()));
    }

    private JsonNode view(String enrollmentId) {
        var response = api.enrollment(enrollmentId);
        return response.statusCode() == 200 ? IntakeApi.json(response) : null;
    }

    private static List<String> statuses(JsonNode enrollment) {
        return StreamSupport.stream(enrollment.get("history").spliterator(), false)
            .map(entry -> entry.get("status").asString())
            .toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
