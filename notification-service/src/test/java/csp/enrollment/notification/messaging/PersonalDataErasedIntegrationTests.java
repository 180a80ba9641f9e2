package csp.enrollment.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.PersonalDataErased;
import csp.enrollment.events.Topics;
import csp.enrollment.notification.NotificationIntegrationTest;
import csp.enrollment.notification.TestApi;
import csp.enrollment.notification.TestEvents;
import csp.enrollment.notification.TestEvents.Partner;
import csp.enrollment.notification.TestMail;
import csp.enrollment.testinfra.TestKafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

@NotificationIntegrationTest
class PersonalDataErasedIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void erasureDropsRecipientAndContentOfTheEnrollmentsEmailsAndKeepsTheirHistory() {
        String enrollmentId = TestEvents.newEnrollmentId();
        Partner partner = Partner.of("en", "NL").named("Erasable Widgets B.V.", "Marijke");
        TestKafka.publish(Topics.SUBMITTED, enrollmentId,
                TestEvents.submitted(enrollmentId, partner, EnrollmentType.INDIRECT_RESELLER));
        TestMail.awaitFirst(partner.email());
        await().atMost(TIMEOUT).until(() -> "SENT".equals(onlyRecord(enrollmentId).get("status")));
        assertThat(storedJson(enrollmentId)).contains(partner.email(), partner.legalName());

        TestKafka.publish(Topics.PERSONAL_DATA_ERASED, enrollmentId, TestEvents.personalDataErased(enrollmentId));

        await().atMost(TIMEOUT).until(() -> onlyRecord(enrollmentId).get("personalDataErasedAt") != null);
        Map<String, Object> record = onlyRecord(enrollmentId);
        assertThat(record).containsEntry("status", "SENT")
            .containsEntry("template", "application-received")
            .containsEntry("language", "en")
            .containsEntry("attempts", 1);
        assertThat(record.get("recipient")).isNull();
        assertThat(record.get("subject")).isNull();
        assertThat(record.get("sentAt")).isNotNull();
        assertThat(record.get("createdAt")).isNotNull();
        String json = storedJson(enrollmentId);
        assertThat(json).contains(enrollmentId)
            .doesNotContain(partner.email(), partner.legalName(), "Marijke", partner.lastName(), "Keizersgracht");
    }

    @Test
    void aRedeliveredErasureChangesNothing() {
        String enrollmentId = TestEvents.newEnrollmentId();
        Partner partner = Partner.of("nl", "NL");
        TestKafka.publish(Topics.SUBMITTED, enrollmentId,
                TestEvents.submitted(enrollmentId, partner, EnrollmentType.INDIRECT_RESELLER));
        TestMail.awaitFirst(partner.email());
        PersonalDataErased erased = TestEvents.personalDataErased(enrollmentId);
        TestKafka.publish(Topics.PERSONAL_DATA_ERASED, enrollmentId, erased);
        await().atMost(TIMEOUT).until(() -> onlyRecord(enrollmentId).get("personalDataErasedAt") != null);
        String once = storedJson(enrollmentId);

        RecordMetadata again = TestKafka.publish(Topics.PERSONAL_DATA_ERASED, enrollmentId, erased);
        awaitConsumed(again);

        assertThat(storedJson(enrollmentId)).isEqualTo(once);
    }

    @Test
    void anEventArrivingAfterTheErasureIsNeitherStoredNorSent() {
        String enrollmentId = TestEvents.newEnrollmentId();
        Partner partner = Partner.of("en", "NL");
        awaitConsumed(TestKafka.publish(Topics.PERSONAL_DATA_ERASED, enrollmentId,
                TestEvents.personalDataErased(enrollmentId)));

        RecordMetadata late = TestKafka.publish(Topics.SUBMITTED, enrollmentId,
                TestEvents.submitted(enrollmentId, partner, EnrollmentType.INDIRECT_RESELLER));
        awaitConsumed(late);

        assertThat(new TestApi(port).notifications(enrollmentId)).isEmpty();
        assertThat(mongo.getCollection("emails").countDocuments(new Document("enrollmentId", enrollmentId))).isZero();
        assertThat(TestMail.messagesTo(partner.email())).isEmpty();
    }

    private static void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(TIMEOUT)
            .until(() -> TestKafka.committedOffset("notification-service", partition) > record.offset());
    }

    private Map<String, Object> onlyRecord(String enrollmentId) {
        List<Map<String, Object>> records = new TestApi(port).notifications(enrollmentId);
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private String storedJson(String enrollmentId) {
        return mongo.getCollection("emails").find(new Document("enrollmentId", enrollmentId)).first().toJson();
    }

}
