package csp.enrollment.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

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
import csp.enrollment.testinfra.TestKafka;
import tools.jackson.databind.JsonNode;

/**
 * The status view of GET /api/enrollments/{id}, fed by real events from the other
 * services' topics.
 */
@IntakeIntegrationTest
class StatusViewIntegrationTests {

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
    void followsADirectBillEnrollmentToThePassedCreditCheck() {
        String enrollmentId = IntakeApi.json(api.submit(Requests.directBill().toString()))
            .get("enrollmentId")
            .asString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        TestKafka.publish(Topics.REVIEW_REQUESTED, enrollmentId,
                TestEvents.reviewRequested(enrollmentId, now.plusSeconds(60)));
        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId,
                TestEvents.profileVerified(enrollmentId, now.plusSeconds(120)));
        TestKafka.publish(Topics.CREDIT_CHECK_PASSED, enrollmentId,
                TestEvents.creditCheckPassed(enrollmentId, now.plusSeconds(180)));

        JsonNode enrollment = awaitStatus(enrollmentId, "CREDIT_CHECK_PASSED");
        assertThat(enrollment.get("enrollmentType").asString()).isEqualTo("DIRECT_BILL");
        assertThat(enrollment.get("market").asString()).isEqualTo("Europe");
        assertThat(enrollment.get("currency").asString()).isEqualTo("EUR");
        assertThat(enrollment.get("bank").get("accountLast4").asString()).isEqualTo("4300");
        assertThat(statuses(enrollment)).containsExactly("SUBMITTED", "IN_REVIEW", "VERIFIED", "CREDIT_CHECK_PASSED");
        JsonNode inReview = enrollment.get("history").get(1);
        assertThat(inReview.get("at").asString()).isEqualTo(now.plusSeconds(60).toString());
        assertThat(inReview.get("reasons").get(0).get("code").asString()).isEqualTo("MPN_NOT_IN_DIRECTORY");
        assertThat(inReview.get("reasons").get(0).get("message").asString()).isNotBlank();
        assertThat(enrollment.get("history").get(2).get("reasons").get(0).get("code").asString())
            .isEqualTo("SUPPORT_PLAN_BEFORE_CREDIT_CHECK");
    }

    @Test
    void showsTheReasonsOfARejection() {
        String enrollmentId = IntakeApi.json(api.submit(Requests.directBill().toString()))
            .get("enrollmentId")
            .asString();

        TestKafka.publish(Topics.PROFILE_REJECTED, enrollmentId,
                TestEvents.profileRejected(enrollmentId, Instant.now()));

        JsonNode enrollment = awaitStatus(enrollmentId, "REJECTED");
        assertThat(enrollment.get("market").isNull()).isTrue();
        JsonNode reasons = enrollment.get("history").get(1).get("reasons");
        assertThat(StreamSupport.stream(reasons.spliterator(), false).map(reason -> reason.get("code").asString()))
            .containsExactly("REVENUE_BELOW_MINIMUM", "WORK_EMAIL_REQUIRED");
    }

    @Test
    void showsAFailedCreditCheck() {
        String enrollmentId = IntakeApi.json(api.submit(Requests.directBill().toString()))
            .get("enrollmentId")
            .asString();
        Instant now = Instant.now();

        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId,
                TestEvents.profileVerified(enrollmentId, now.plusSeconds(1)));
        TestKafka.publish(Topics.CREDIT_CHECK_FAILED, enrollmentId,
                TestEvents.creditCheckFailed(enrollmentId, now.plusSeconds(2)));

        JsonNode enrollment = awaitStatus(enrollmentId, "CREDIT_CHECK_FAILED");
        assertThat(enrollment.get("history").get(2).get("reasons").get(0).get("code").asString())
            .isEqualTo("CREDIT_SCORE_TOO_LOW");
    }

    @Test
    void appliesEventsArrivingOutOfOrderByWhatTheySay() {
        // An enrollment intake never saw: its view is built from the events alone.
        String enrollmentId = UUID.randomUUID().toString();
        Instant reviewRequestedAt = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.MILLIS);

        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId,
                TestEvents.profileVerified(enrollmentId, reviewRequestedAt.plusSeconds(300)));
        awaitStatus(enrollmentId, "VERIFIED");
        TestKafka.publish(Topics.REVIEW_REQUESTED, enrollmentId,
                TestEvents.reviewRequested(enrollmentId, reviewRequestedAt));

        JsonNode enrollment = await().atMost(EVENT_TIMEOUT)
            .until(() -> view(enrollmentId), view -> view != null && view.get("history").size() == 2);
        assertThat(enrollment.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(statuses(enrollment)).containsExactly("IN_REVIEW", "VERIFIED");
        assertThat(enrollment.get("history").get(0).get("at").asString()).isEqualTo(reviewRequestedAt.toString());
        assertThat(enrollment.get("market").asString()).isEqualTo("Europe");
        assertThat(enrollment.get("enrollmentType").asString()).isEqualTo("DIRECT_BILL");
        assertThat(enrollment.get("bank").isNull()).isTrue();
        org.bson.Document stored = mongo.findById(enrollmentId, org.bson.Document.class, "enrollments");
        assertThat(stored.getList("history", org.bson.Document.class)).extracting(entry -> entry.getString("status"))
            .containsExactly("IN_REVIEW", "VERIFIED");
        assertThat(stored.getList("appliedEventIds", String.class)).hasSize(2);
    }

    @Test
    void appliesARedeliveredEventOnce() {
        String enrollmentId = IntakeApi.json(api.submit(Requests.directBill().toString()))
            .get("enrollmentId")
            .asString();
        var verified = TestEvents.profileVerified(enrollmentId, Instant.now());
        var passed = TestEvents.creditCheckPassed(enrollmentId, Instant.now().plusSeconds(1));

        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId, verified);
        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId, verified);
        TestKafka.publish(Topics.CREDIT_CHECK_PASSED, enrollmentId, passed);
        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId, verified);
        TestKafka.publish(Topics.CREDIT_CHECK_PASSED, enrollmentId, passed);

        awaitStatus(enrollmentId, "CREDIT_CHECK_PASSED");
        await().during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(10))
            .until(() -> statuses(view(enrollmentId)).equals(List.of("SUBMITTED", "VERIFIED", "CREDIT_CHECK_PASSED")));
    }

    /**
     * Its own EnrollmentSubmitted would tell intake only what it stored at acceptance: it
     * is not read back.
     */
    @Test
    void doesNotReadEnrollmentSubmittedBack() {
        String enrollmentId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        TestKafka.publish(Topics.SUBMITTED, enrollmentId, TestEvents.submitted(enrollmentId, now));
        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId,
                TestEvents.profileVerified(enrollmentId, now.plusSeconds(1)));

        awaitStatus(enrollmentId, "VERIFIED");
        await().during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(10))
            .until(() -> statuses(view(enrollmentId)).equals(List.of("VERIFIED")));
        assertThat(mongo.findById(enrollmentId, org.bson.Document.class, "enrollments")
            .getList("appliedEventIds", String.class)).hasSize(1);
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

}
