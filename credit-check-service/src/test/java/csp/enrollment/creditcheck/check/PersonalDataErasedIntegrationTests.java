package csp.enrollment.creditcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import csp.enrollment.creditcheck.CreditCheckIntegrationTest;
import csp.enrollment.creditcheck.Decisions;
import csp.enrollment.creditcheck.TestApi;
import csp.enrollment.creditcheck.TestEvents;
import csp.enrollment.events.Admin;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.events.PersonalDataErased;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Topics;
import csp.enrollment.testinfra.TestKafka;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * PersonalDataErased in: the credit check loses the company's legal name and the admin,
 * on the real broker and database.
 */
@CreditCheckIntegrationTest
class PersonalDataErasedIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private TestApi api;

    private Decisions decisions;

    @BeforeEach
    void connect() {
        api = new TestApi(port);
        decisions = new Decisions();
    }

    @AfterEach
    void disconnect() {
        decisions.close();
    }

    @Test
    void erasureDropsTheLegalNameAndAdminOfTheCheckAndKeepsTheDecision() {
        String email = uniqueEmail();
        ProfileVerified verified = verified(email);
        String enrollmentId = verified.getMetadata().getEnrollmentId();
        api.storeReport(verified.getMpnId(), "{\"score\": 77}");
        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId, verified);
        await().atMost(TIMEOUT).until(() -> !decisions.withKey(enrollmentId).isEmpty());
        await().atMost(TIMEOUT).until(() -> api.creditCheck(enrollmentId).get("publishedAt") != null);
        assertThat(storedJson(enrollmentId)).contains(email, "Erasable Widgets B.V.");

        awaitConsumed(TestKafka.publish(Topics.PERSONAL_DATA_ERASED, enrollmentId, erased(enrollmentId)));

        Map<String, Object> check = api.creditCheck(enrollmentId);
        assertThat(check).containsEntry("state", "DECIDED")
            .containsEntry("score", 77)
            .containsEntry("mpnId", verified.getMpnId())
            .containsEntry("countryCode", "NL")
            .containsKey("publishedAt")
            .containsKey("requestedAt");
        assertThat(check.get("legalName")).isNull();
        assertThat(check.get("personalDataErasedAt")).isNotNull();
        assertThat(check.toString()).doesNotContain(email, "Erasable Widgets", "Marijke");
        assertThat(storedJson(enrollmentId)).contains(enrollmentId, verified.getMpnId())
            .doesNotContain(email, "Erasable Widgets B.V.", "Marijke", "Jansen");
    }

    @Test
    void aRedeliveredErasureChangesNothing() {
        ProfileVerified verified = verified(uniqueEmail());
        String enrollmentId = verified.getMetadata().getEnrollmentId();
        api.storeReport(verified.getMpnId(), "{\"score\": 65}");
        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId, verified);
        await().atMost(TIMEOUT)
            .until(() -> api.creditCheck(enrollmentId) != null
                    && api.creditCheck(enrollmentId).get("publishedAt") != null);
        PersonalDataErased erasure = erased(enrollmentId);
        awaitConsumed(TestKafka.publish(Topics.PERSONAL_DATA_ERASED, enrollmentId, erasure));
        String once = storedJson(enrollmentId);

        awaitConsumed(TestKafka.publish(Topics.PERSONAL_DATA_ERASED, enrollmentId, erasure));

        assertThat(storedJson(enrollmentId)).isEqualTo(once);
    }

    @Test
    void aProfileVerifiedArrivingAfterTheErasureStoresNoCheckAndDecidesNothing() {
        ProfileVerified verified = verified(uniqueEmail());
        String enrollmentId = verified.getMetadata().getEnrollmentId();
        api.storeReport(verified.getMpnId(), "{\"score\": 90}");
        awaitConsumed(TestKafka.publish(Topics.PERSONAL_DATA_ERASED, enrollmentId, erased(enrollmentId)));

        awaitConsumed(TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId, verified));

        assertThat(api.creditCheck(enrollmentId)).isNull();
        assertThat(mongo.getCollection("creditChecks").countDocuments(new Document("_id", enrollmentId))).isZero();
        assertThat(decisions.withKeyUpToNow(enrollmentId)).isEmpty();
    }

    private static ProfileVerified verified(String email) {
        ProfileVerified.Builder builder = ProfileVerified
            .newBuilder(TestEvents.profileVerified(EnrollmentType.DIRECT_BILL));
        builder.getPartnerBuilder()
            .setLegalName("Erasable Widgets B.V.")
            .setAdmin(Admin.newBuilder()
                .setFirstName("Marijke")
                .setLastName("Jansen")
                .setWorkEmail(email)
                .setPreferredLanguage("nl")
                .build());
        return builder.build();
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
            .until(() -> TestKafka.committedOffset("credit-check-service", partition) > record.offset());
    }

    private String storedJson(String enrollmentId) {
        return mongo.getCollection("creditChecks").find(new Document("_id", enrollmentId)).first().toJson();
    }

}
