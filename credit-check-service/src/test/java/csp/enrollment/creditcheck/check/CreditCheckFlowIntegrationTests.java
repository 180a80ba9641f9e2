package csp.enrollment.creditcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import csp.enrollment.creditcheck.CreditCheckIntegrationTest;
import csp.enrollment.creditcheck.Decisions;
import csp.enrollment.creditcheck.TestApi;
import csp.enrollment.creditcheck.TestEvents;
import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Reason;
import csp.enrollment.events.Topics;
import csp.enrollment.messaging.EventIds;
import csp.enrollment.testinfra.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The credit check end to end: a verified profile in, a decision out, over the real
 * broker and database.
 */
@CreditCheckIntegrationTest
class CreditCheckFlowIntegrationTests {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    private TestApi api;

    private Decisions decisions;

    @BeforeEach
    void connect() {
        api = new TestApi(port);
        decisions = new Decisions();
    }

    @AfterEach
    void disconnect() {
        api.setBureauAvailable(true);
        decisions.close();
    }

    @Test
    void passesDirectBillPartnerWhoseScoreIsExactlyTheMinimum() {
        ProfileVerified verified = TestEvents.profileVerified(EnrollmentType.DIRECT_BILL);
        api.storeReport(verified.getMpnId(), "{\"score\": 60}");

        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId(verified), verified);

        CreditCheckPassed passed = (CreditCheckPassed) awaitOneDecision(verified);
        assertThat(passed.getScore()).isEqualTo(60);
        assertThat(passed.getMinimumScore()).isEqualTo(60);
        assertThat(passed.getBureau()).isEqualTo("simulated-bureau");
        assertThat(passed.getMpnId()).isEqualTo(verified.getMpnId());
        assertThat(passed.getPartner()).isEqualTo(verified.getPartner());
        assertThat(passed.getMetadata().getEventId())
            .isEqualTo(EventIds.derived(verified.getMetadata().getEventId(), "CreditCheckPassed"));
        assertThat(passed.getMetadata().getCausationId()).isEqualTo(verified.getMetadata().getEventId());
        assertThat(passed.getMetadata().getCorrelationId()).isEqualTo(verified.getMetadata().getCorrelationId());
        assertThat(passed.getMetadata().getEnrollmentId()).isEqualTo(verified.getMetadata().getEnrollmentId());
        assertThat(passed.getMetadata().getProducer()).isEqualTo("credit-check-service");
        await().atMost(EVENT_TIMEOUT)
            .untilAsserted(() -> assertThat(check(verified)).containsEntry("state", "DECIDED")
                .containsEntry("score", 60)
                .containsKey("publishedAt"));
    }

    @Test
    void failsDirectBillPartnerWhoseScoreIsJustBelowTheMinimum() {
        ProfileVerified verified = TestEvents.profileVerified(EnrollmentType.DIRECT_BILL);
        api.storeReport(verified.getMpnId(), "{\"score\": 59}");

        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId(verified), verified);

        CreditCheckFailed failed = (CreditCheckFailed) awaitOneDecision(verified);
        assertThat(failed.getScore()).isEqualTo(59);
        assertThat(failed.getMinimumScore()).isEqualTo(60);
        assertThat(failed.getReasons()).extracting(Reason::getCode).containsExactly("CREDIT_SCORE_TOO_LOW");
        assertThat(failed.getMetadata().getEventId())
            .isEqualTo(EventIds.derived(verified.getMetadata().getEventId(), "CreditCheckFailed"));
    }

    @Test
    void failsDirectBillPartnerTheBureauHasNoRecordOf() {
        ProfileVerified verified = TestEvents.profileVerified(EnrollmentType.DIRECT_BILL);
        api.storeReport(verified.getMpnId(), "{\"noRecord\": true}");

        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId(verified), verified);

        CreditCheckFailed failed = (CreditCheckFailed) awaitOneDecision(verified);
        assertThat(failed.getScore()).isNull();
        assertThat(failed.getReasons()).extracting(Reason::getCode).containsExactly("CREDIT_BUREAU_NO_RECORD");
    }

    @Test
    void givesCompanyWithoutReportItsDeterministicScore() {
        ProfileVerified verified = TestEvents.profileVerified(EnrollmentType.DIRECT_BILL);
        int expected = Math.floorMod(verified.getMpnId().hashCode(), 101);

        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId(verified), verified);

        Object decision = awaitOneDecision(verified);
        if (expected >= 60) {
            assertThat(decision).isInstanceOfSatisfying(CreditCheckPassed.class,
                    passed -> assertThat(passed.getScore()).isEqualTo(expected));
        }
        else {
            assertThat(decision).isInstanceOfSatisfying(CreditCheckFailed.class,
                    failed -> assertThat(failed.getScore()).isEqualTo(expected));
        }
    }

    @Test
    void skipsIndirectResellerWithoutCheckOrEvent() {
        ProfileVerified verified = TestEvents.profileVerified(EnrollmentType.INDIRECT_RESELLER);

        RecordMetadata written = TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId(verified), verified);

        awaitConsumed(written);
        assertThat(check(verified)).isNull();
        await().during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(5))
            .until(() -> decisions.withKey(enrollmentId(verified)).isEmpty());
    }

    @Test
    void completesOnceWhenTheBureauComesBackAfterAnOutage() {
        ProfileVerified verified = TestEvents.profileVerified(EnrollmentType.DIRECT_BILL);
        api.storeReport(verified.getMpnId(), "{\"score\": 80}");
        api.setBureauAvailable(false);

        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId(verified), verified);

        await().atMost(EVENT_TIMEOUT).untilAsserted(() -> {
            Map<String, Object> check = check(verified);
            assertThat(check).containsEntry("state", "WAITING");
            assertThat(outcomes(check)).hasSizeGreaterThanOrEqualTo(2).containsOnly("BUREAU_UNAVAILABLE");
        });
        assertThat(decisions.withKeyUpToNow(enrollmentId(verified))).isEmpty();

        api.setBureauAvailable(true);

        CreditCheckPassed passed = (CreditCheckPassed) awaitOneDecision(verified);
        assertThat(passed.getScore()).isEqualTo(80);
        assertThat(outcomes(check(verified))).endsWith("SCORE").filteredOn("SCORE"::equals).hasSize(1);
    }

    @Test
    void pollsABureauWhoseReportIsPendingUntilItAnswers() {
        ProfileVerified verified = TestEvents.profileVerified(EnrollmentType.DIRECT_BILL);
        api.storeReport(verified.getMpnId(), "{\"score\": 75, \"answerAfter\": \"PT2S\"}");

        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId(verified), verified);

        CreditCheckPassed passed = (CreditCheckPassed) awaitOneDecision(verified);
        assertThat(passed.getScore()).isEqualTo(75);
        assertThat(outcomes(check(verified))).startsWith("PENDING").endsWith("SCORE");
    }

    @Test
    void decidesOnceWhenTheSameEventIsDeliveredTwice() {
        ProfileVerified verified = TestEvents.profileVerified(EnrollmentType.DIRECT_BILL);
        api.storeReport(verified.getMpnId(), "{\"score\": 70}");

        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId(verified), verified);
        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId(verified), verified);

        awaitOneDecision(verified);
        assertThat(outcomes(check(verified))).containsExactly("SCORE");
    }

    @Test
    void decidesOnceWhenTheEventIsDeliveredAgainAfterTheDecision() {
        ProfileVerified verified = TestEvents.profileVerified(EnrollmentType.DIRECT_BILL);
        api.storeReport(verified.getMpnId(), "{\"score\": 40}");
        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId(verified), verified);
        awaitOneDecision(verified);

        RecordMetadata again = TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId(verified), verified);

        awaitConsumed(again);
        awaitOneDecision(verified);
        assertThat(outcomes(check(verified))).containsExactly("SCORE");
    }

    /**
     * Waits for the decision of {@code verified}, then makes sure no second one follows.
     */
    private Object awaitOneDecision(ProfileVerified verified) {
        String key = enrollmentId(verified);
        await().atMost(EVENT_TIMEOUT).until(() -> !decisions.withKey(key).isEmpty());
        await().during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(5))
            .until(() -> decisions.withKey(key).size() == 1);
        return decisions.valuesWithKey(key).get(0);
    }

    /**
     * Waits until the service's consumer group committed past {@code record}: it was
     * processed.
     */
    private static void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(EVENT_TIMEOUT)
            .until(() -> TestKafka.committedOffset("credit-check-service", partition) > record.offset());
        assertThat(record.topic()).isEqualTo(Topics.PROFILE_VERIFIED);
    }

    private Map<String, Object> check(ProfileVerified verified) {
        return api.creditCheck(enrollmentId(verified));
    }

    @SuppressWarnings("unchecked")
    private static List<String> outcomes(Map<String, Object> check) {
        return ((List<Map<String, Object>>) check.get("attempts")).stream()
            .map(attempt -> (String) attempt.get("outcome"))
            .toList();
    }

    private static String enrollmentId(ProfileVerified verified) {
        return verified.getMetadata().getEnrollmentId();
    }

}
