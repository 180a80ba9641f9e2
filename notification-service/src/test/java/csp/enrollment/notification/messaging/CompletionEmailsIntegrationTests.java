package csp.enrollment.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import csp.enrollment.events.EnrollmentCompleted;
import csp.enrollment.events.EnrollmentTransitioned;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Topics;
import csp.enrollment.notification.NotificationIntegrationTest;
import csp.enrollment.notification.ReceivedMail;
import csp.enrollment.notification.TestApi;
import csp.enrollment.notification.TestEvents;
import csp.enrollment.notification.TestEvents.Partner;
import csp.enrollment.notification.TestMail;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.testinfra.TestKafka.TopicReader;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Contract.md §8 and §9 end to end on the real broker, database and SMTP server: the
 * welcome and the transition e-mails, once per event however often it is delivered; the
 * partner's steps recorded without an e-mail; the reminder timer set when it becomes the
 * partner's turn (with the default delay of 7 days: {@code ReminderIntegrationTests} lets
 * one fire) and its contact erased on request.
 */
@NotificationIntegrationTest
class CompletionEmailsIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final String WAITING = "waitingEnrollments";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    INDIRECT_RESELLER | en | Welcome to the CSP program | Work with your indirect provider (also known as a distributor) to buy Microsoft cloud products
                    INDIRECT_RESELLER | nl | Welkom bij het CSP-programma | Werk samen met uw indirecte provider (ook wel distributeur genoemd)
                    DIRECT_BILL | en | Welcome to the CSP program as a direct bill partner | You transact directly with Microsoft
                    DIRECT_BILL | nl | Welkom bij het CSP-programma als partner met directe facturering | U doet rechtstreeks zaken met Microsoft
                    """)
    void aCompletedEnrollmentIsWelcomedWithWhatItsTypeCanDoNow(EnrollmentType type, String language, String subject,
            String sentence) {
        String enrollmentId = TestEvents.newEnrollmentId();
        Partner partner = Partner.of(language, "NL");

        TestKafka.publish(Topics.COMPLETED, enrollmentId, TestEvents.enrollmentCompleted(enrollmentId, partner, type));

        ReceivedMail mail = TestMail.awaitFirst(partner.email());
        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.contentLanguage()).containsExactly(language);
        assertThat(mail.text()).contains(sentence, "Europe", "EUR", enrollmentId);
        assertThat(mail.html()).contains(sentence, enrollmentId);
    }

    @Test
    void theOldEnrollmentsAdminIsToldWhatChangesAndThatTheNewEnrollmentIsVerifiedAnew() {
        String enrollmentId = TestEvents.newEnrollmentId();
        String newEnrollmentId = TestEvents.newEnrollmentId();
        Partner partner = Partner.of("en", "NL");

        TestKafka.publish(Topics.TRANSITIONED, enrollmentId,
                TestEvents.enrollmentTransitioned(enrollmentId, newEnrollmentId, partner));

        ReceivedMail mail = TestMail.awaitFirst(partner.email());
        assertThat(mail.subject()).isEqualTo("Your CSP enrollment is moving to the indirect reseller model");
        assertThat(mail.text()).contains("moves to the indirect reseller model",
                "You buy Microsoft cloud products through an indirect provider",
                "Microsoft does not bill you directly any more", "with enrollment ID " + newEnrollmentId,
                "It is verified anew", "You will get e-mails about the new enrollment",
                "This message is about enrollment " + enrollmentId);
        assertThat(new TestApi(port).notifications(enrollmentId)).singleElement()
            .satisfies(record -> assertThat(record.get("template")).isEqualTo("transition-to-indirect"));
    }

    @ParameterizedTest
    @ValueSource(strings = { Topics.COMPLETED, Topics.TRANSITIONED })
    void aCompletionOrTransitionDeliveredAgainAndAgainSendsOneEmail(String topic) {
        String enrollmentId = TestEvents.newEnrollmentId();
        Partner partner = Partner.of("nl", "NL");
        SpecificRecord event = topic.equals(Topics.COMPLETED)
                ? TestEvents.enrollmentCompleted(enrollmentId, partner, EnrollmentType.DIRECT_BILL)
                : TestEvents.enrollmentTransitioned(enrollmentId, TestEvents.newEnrollmentId(), partner);

        TestKafka.publish(topic, enrollmentId, event);
        TestKafka.publish(topic, enrollmentId, event);
        TestMail.awaitFirst(partner.email());
        awaitConsumed(TestKafka.publish(topic, enrollmentId, event));

        List<Map<String, Object>> records = new TestApi(port).notifications(enrollmentId);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.get("status")).isEqualTo("SENT");
            assertThat(record.get("attempts")).isEqualTo(1);
        });
        assertThat(TestMail.messagesTo(partner.email())).hasSize(1);
    }

    @Test
    void theAgreementAndTheSupportPlanSendNoEmailAndAreRecordedForTheReminder() {
        String enrollmentId = TestEvents.newEnrollmentId();
        Partner partner = Partner.of("en", "NL");
        var agreement = TestEvents.agreementAccepted(enrollmentId, partner, EnrollmentType.DIRECT_BILL);
        var supportPlan = TestEvents.supportPlanRecorded(enrollmentId);

        TestKafka.publish(Topics.AGREEMENT_ACCEPTED, enrollmentId, agreement);
        TestKafka.publish(Topics.SUPPORT_PLAN_RECORDED, enrollmentId, supportPlan);
        awaitConsumed(TestKafka.publish(Topics.AGREEMENT_ACCEPTED, enrollmentId, agreement));
        awaitConsumed(TestKafka.publish(Topics.SUPPORT_PLAN_RECORDED, enrollmentId, supportPlan));

        Document waiting = waiting(enrollmentId);
        assertThat(waiting.getDate("agreementAcceptedAt")).isEqualTo(Date.from(agreement.getAcceptedAt()));
        assertThat(waiting.getDate("supportPlanRecordedAt")).isNotNull();
        assertThat(waiting.getList("appliedEvents", String.class))
            .containsExactlyInAnyOrder(agreement.getMetadata().getEventId(), supportPlan.getMetadata().getEventId());
        assertThat(new TestApi(port).notifications(enrollmentId)).isEmpty();
        assertThat(TestMail.messagesTo(partner.email())).isEmpty();
        assertThat(TestMail.messagesTo(agreement.getAcceptedBy().getEmail())).isEmpty();
    }

    @Test
    void aVerifiedIndirectResellerGetsItsReminderTimerSevenDaysAfterVerification() {
        String enrollmentId = TestEvents.newEnrollmentId();
        Partner partner = Partner.of("nl", "NL");
        ProfileVerified verified = TestEvents.profileVerified(enrollmentId, partner, EnrollmentType.INDIRECT_RESELLER,
                List.of());

        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId, verified);

        TestMail.awaitFirst(partner.email());
        await().atMost(TIMEOUT).until(() -> mongo.getCollection(WAITING).countDocuments(byId(enrollmentId)) == 1);
        Document waiting = waiting(enrollmentId);
        Instant verifiedAt = verified.getMetadata().getOccurredAt();
        assertThat(waiting.getDate("reminderDueAt")).isEqualTo(Date.from(verifiedAt.plus(Duration.ofDays(7))));
        assertThat(waiting.getString("enrollmentType")).isEqualTo("INDIRECT_RESELLER");
        assertThat(waiting.getString("address")).isEqualTo(partner.email());
        assertThat(waiting.getString("market")).isEqualTo("Europe");
        assertThat(TestMail.messagesTo(partner.email())).hasSize(1);
    }

    @Test
    void aPassedCreditCheckStartsTheDirectBillPartnersTurnAndAVerifiedDirectBillProfileDoesNot() {
        String enrollmentId = TestEvents.newEnrollmentId();
        Partner partner = Partner.of("en", "NL");

        awaitConsumed(TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId,
                TestEvents.profileVerified(enrollmentId, partner, EnrollmentType.DIRECT_BILL, List.of())));
        assertThat(mongo.getCollection(WAITING).countDocuments(byId(enrollmentId))).isZero();

        var passed = TestEvents.creditCheckPassed(enrollmentId, partner);
        TestKafka.publish(Topics.CREDIT_CHECK_PASSED, enrollmentId, passed);
        await().atMost(TIMEOUT).until(() -> mongo.getCollection(WAITING).countDocuments(byId(enrollmentId)) == 1);
        assertThat(waiting(enrollmentId).getDate("reminderDueAt"))
            .isEqualTo(Date.from(passed.getMetadata().getOccurredAt().plus(Duration.ofDays(7))));
        assertThat(waiting(enrollmentId).getString("enrollmentType")).isEqualTo("DIRECT_BILL");
    }

    @Test
    void theErasureAlsoErasesTheContactKeptForTheReminder() {
        String enrollmentId = TestEvents.newEnrollmentId();
        Partner partner = Partner.of("en", "NL").named("Forgettable Clouds B.V.", "Joris");
        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId,
                TestEvents.profileVerified(enrollmentId, partner, EnrollmentType.INDIRECT_RESELLER, List.of()));
        await().atMost(TIMEOUT).until(() -> mongo.getCollection(WAITING).countDocuments(byId(enrollmentId)) == 1);
        assertThat(waiting(enrollmentId).toJson()).contains(partner.email(), "Joris", "Forgettable Clouds B.V.");

        TestKafka.publish(Topics.PERSONAL_DATA_ERASED, enrollmentId, TestEvents.personalDataErased(enrollmentId));

        await().atMost(TIMEOUT).until(() -> waiting(enrollmentId).get("personalDataErasedAt") != null);
        Document erased = waiting(enrollmentId);
        assertThat(erased.toJson()).contains(enrollmentId)
            .doesNotContain(partner.email(), "Joris", partner.lastName(), "Forgettable Clouds B.V.");
        assertThat(erased.getDate("reminderDueAt")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { Topics.AGREEMENT_ACCEPTED, Topics.SUPPORT_PLAN_RECORDED, Topics.COMPLETED,
            Topics.TRANSITIONED })
    void undecodableBytesOnTheNewTopicsGoToTheDeadLetterTopic(String topic) {
        String enrollmentId = TestEvents.newEnrollmentId();
        byte[] garbage = new byte[48];
        ThreadLocalRandom.current().nextBytes(garbage);
        garbage[0] = 42; // not the Confluent magic byte

        TestKafka.publishRaw(topic, enrollmentId, garbage);

        try (TopicReader<byte[]> deadLetters = TestKafka.raw(Topics.deadLetterTopicOf(topic))) {
            List<ConsumerRecord<String, byte[]>> dead = await().atMost(TIMEOUT)
                .until(() -> deadLetters.withKey(enrollmentId), records -> !records.isEmpty());
            assertThat(dead).singleElement().satisfies(record -> assertThat(record.value()).isEqualTo(garbage));
        }
    }

    private Document waiting(String enrollmentId) {
        return mongo.getCollection(WAITING).find(byId(enrollmentId)).first();
    }

    private static Document byId(String enrollmentId) {
        return new Document("_id", enrollmentId);
    }

    private static void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(TIMEOUT)
            .until(() -> TestKafka.committedOffset("notification-service", partition) > record.offset());
    }

}
