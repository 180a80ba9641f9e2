package csp.enrollment.verification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import csp.enrollment.events.Admin;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.events.PersonalDataErased;
import csp.enrollment.events.Topics;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.verification.cases.Verifications;
import csp.enrollment.verification.support.SubmittedEvents;
import csp.enrollment.verification.support.TopicContents;
import csp.enrollment.verification.support.VerificationIntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * PersonalDataErased in: the verification case loses the partner's name, admin and
 * e-mail, on the real broker and database.
 */
@VerificationIntegrationTest
class PersonalDataErasedIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Verifications verifications;

    @Autowired
    MongoTemplate mongo;

    @Test
    void erasureDropsTheLegalNameAndAdminOfTheCaseAndKeepsTheDecision() {
        String email = uniqueEmail();
        EnrollmentSubmitted submitted = submitted(activeMember(), email);
        String enrollmentId = submitted.getMetadata().getEnrollmentId();
        TestKafka.publish(Topics.SUBMITTED, enrollmentId, submitted);
        await().atMost(TIMEOUT).until(() -> !TopicContents.events(Topics.PROFILE_VERIFIED, enrollmentId).isEmpty());
        assertThat(storedJson(enrollmentId)).contains(email, "Erasable Widgets B.V.");

        awaitConsumed(TestKafka.publish(Topics.PERSONAL_DATA_ERASED, enrollmentId, erased(enrollmentId)));

        assertThat(verifications.find(enrollmentId)).hasValueSatisfying(found -> {
            assertThat(found.isErased()).isTrue();
            assertThat(found.partner().legalName()).isNull();
            assertThat(found.partner().admin()).isNull();
            assertThat(found.partner().countryCode()).isEqualTo("NL");
            assertThat(found.mpnId()).isEqualTo(submitted.getMpnId());
            assertThat(found.market()).isEqualTo("Europe");
            assertThat(found.checks()).isNotEmpty();
        });
        assertThat(storedJson(enrollmentId)).contains(enrollmentId)
            .doesNotContain(email, "Erasable Widgets B.V.", "Marijke", "Jansen");
        assertThat(mvc.get().uri("/api/verifications/{id}", enrollmentId)).hasStatusOk()
            .bodyText()
            .contains("VERIFIED", "personalDataErasedAt")
            .doesNotContain(email, "Erasable Widgets", "Marijke");
    }

    @Test
    void aRedeliveredErasureChangesNothing() {
        EnrollmentSubmitted submitted = submitted(activeMember(), uniqueEmail());
        String enrollmentId = submitted.getMetadata().getEnrollmentId();
        TestKafka.publish(Topics.SUBMITTED, enrollmentId, submitted);
        await().atMost(TIMEOUT).until(() -> !TopicContents.events(Topics.PROFILE_VERIFIED, enrollmentId).isEmpty());
        PersonalDataErased erasure = erased(enrollmentId);
        awaitConsumed(TestKafka.publish(Topics.PERSONAL_DATA_ERASED, enrollmentId, erasure));
        String once = storedJson(enrollmentId);

        awaitConsumed(TestKafka.publish(Topics.PERSONAL_DATA_ERASED, enrollmentId, erasure));

        assertThat(storedJson(enrollmentId)).isEqualTo(once);
    }

    @Test
    void aSubmissionArrivingAfterTheErasureStoresNothingAndPublishesNothing() {
        String email = uniqueEmail();
        EnrollmentSubmitted submitted = submitted(activeMember(), email);
        String enrollmentId = submitted.getMetadata().getEnrollmentId();
        awaitConsumed(TestKafka.publish(Topics.PERSONAL_DATA_ERASED, enrollmentId, erased(enrollmentId)));

        awaitConsumed(TestKafka.publish(Topics.SUBMITTED, enrollmentId, submitted));

        assertThat(verifications.find(enrollmentId)).isEmpty();
        assertThat(TopicContents.events(Topics.PROFILE_VERIFIED, enrollmentId)).isEmpty();
        assertThat(mongo.getCollection("verification_cases").countDocuments(new Document("_id", enrollmentId)))
            .isZero();
    }

    private static EnrollmentSubmitted submitted(String mpnId, String email) {
        EnrollmentSubmitted.Builder builder = SubmittedEvents.directBill(mpnId);
        builder.getCompanyBuilder().setLegalName("Erasable Widgets B.V.");
        return builder
            .setAdmin(Admin.newBuilder()
                .setFirstName("Marijke")
                .setLastName("Jansen")
                .setWorkEmail(email)
                .setPreferredLanguage("nl")
                .build())
            .build();
    }

    private static PersonalDataErased erased(String enrollmentId) {
        return PersonalDataErased.newBuilder()
            .setMetadata(EventMetadata.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setEnrollmentId(enrollmentId)
                .setOccurredAt(Instant.now())
                .setCausationId(null)
                .setCorrelationId(enrollmentId)
                .setProducer("enrollment-intake")
                .build())
            .setRequestedBy("privacy-officer")
            .build();
    }

    private static String uniqueEmail() {
        return "admin-" + UUID.randomUUID().toString().substring(0, 12) + "@contoso.nl";
    }

    private static void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(TIMEOUT)
            .until(() -> TestKafka.committedOffset("verification-service", partition) > record.offset());
    }

    private String storedJson(String enrollmentId) {
        return mongo.getCollection("verification_cases").find(new Document("_id", enrollmentId)).first().toJson();
    }

    private String activeMember() {
        String mpnId = SubmittedEvents.newMpnId();
        assertThat(mvc.put()
            .uri("/api/partner-network/memberships/{mpnId}", mpnId)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\": \"ACTIVE\", \"countryCode\": \"NL\"}")).hasStatus(HttpStatus.CREATED);
        return mpnId;
    }

}
