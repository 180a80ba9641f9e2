package csp.enrollment.creditcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import csp.enrollment.creditcheck.CreditCheckIntegrationTest;
import csp.enrollment.creditcheck.TestApi;
import csp.enrollment.creditcheck.TestEvents;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Topics;
import csp.enrollment.testinfra.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The operators' HTTP API: credit checks and the simulated bureau. */
@CreditCheckIntegrationTest
class CreditCheckApiIntegrationTests {

    @LocalServerPort
    int port;

    private TestApi api;

    private RestTestClient client;

    @BeforeEach
    void connect() {
        api = new TestApi(port);
        client = api.client();
    }

    @AfterEach
    void bureauBackUp() {
        api.setBureauAvailable(true);
    }

    @Test
    void answersUnknownEnrollmentWithNotFoundProblem() {
        client.get()
            .uri("/api/credit-checks/{id}", "no-such-enrollment")
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo(404)
            .jsonPath("$.detail")
            .isEqualTo("No credit check for enrollment no-such-enrollment");
    }

    @Test
    void showsCheckWithAttemptsAndDecisionButNoContactDetails() {
        ProfileVerified verified = TestEvents.profileVerified(EnrollmentType.DIRECT_BILL);
        api.storeReport(verified.getMpnId(), "{\"score\": 61}");
        TestKafka.publish(Topics.PROFILE_VERIFIED, verified.getMetadata().getEnrollmentId(), verified);
        String id = verified.getMetadata().getEnrollmentId();
        await().atMost(Duration.ofSeconds(60))
            .until(() -> api.creditCheck(id), check -> check != null && "DECIDED".equals(check.get("state")));

        client.get()
            .uri("/api/credit-checks/{id}", id)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.enrollmentId")
            .isEqualTo(id)
            .jsonPath("$.state")
            .isEqualTo("DECIDED")
            .jsonPath("$.mpnId")
            .isEqualTo(verified.getMpnId())
            .jsonPath("$.score")
            .isEqualTo(61)
            .jsonPath("$.overdue")
            .isEqualTo(false)
            .jsonPath("$.attemptCount")
            .isEqualTo(1)
            .jsonPath("$.attempts[0].outcome")
            .isEqualTo("SCORE")
            .jsonPath("$.attempts[0].score")
            .isEqualTo(61)
            .jsonPath("$.decision.verdict")
            .isEqualTo("PASSED")
            .jsonPath("$.decision.minimumScore")
            .isEqualTo(60)
            .jsonPath("$.decision.bureau")
            .isEqualTo("simulated-bureau")
            .jsonPath("$.admin")
            .doesNotExist()
            .jsonPath("$.workEmail")
            .doesNotExist();
        client.get()
            .uri("/api/credit-checks?state=DECIDED&limit=500")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$[?(@.enrollmentId == '" + id + "')].state")
            .isEqualTo(java.util.List.of("DECIDED"));
    }

    @Test
    void listsNoRecentCheckAsOverdue() {
        ProfileVerified verified = TestEvents.profileVerified(EnrollmentType.DIRECT_BILL);
        api.setBureauAvailable(false);
        TestKafka.publish(Topics.PROFILE_VERIFIED, verified.getMetadata().getEnrollmentId(), verified);
        String id = verified.getMetadata().getEnrollmentId();
        await().atMost(Duration.ofSeconds(60))
            .until(() -> api.creditCheck(id), check -> check != null && "WAITING".equals(check.get("state")));

        client.get()
            .uri("/api/credit-checks?overdue=true")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$[?(@.enrollmentId == '" + id + "')]")
            .isEmpty();
    }

    @Test
    void refusesListLimitOutOfRange() {
        client.get()
            .uri("/api/credit-checks?limit=0")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.errors[0].field")
            .isEqualTo("limit");
    }

    @Test
    void storesAndShowsAReport() {
        String mpnId = TestEvents.newMpnId();

        putReport(mpnId, "{\"score\": 0}").expectStatus().isOk();
        putReport(mpnId, "{\"score\": 100}").expectStatus().isOk();

        client.get()
            .uri("/api/credit-bureau/reports/{mpnId}", mpnId)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.mpnId")
            .isEqualTo(mpnId)
            .jsonPath("$.score")
            .isEqualTo(100)
            .jsonPath("$.noRecord")
            .isEqualTo(false)
            .jsonPath("$.source")
            .isEqualTo("OPERATOR");
    }

    @Test
    void showsTheDeterministicScoreOfACompanyWithoutReport() {
        String mpnId = TestEvents.newMpnId();

        client.get()
            .uri("/api/credit-bureau/reports/{mpnId}", mpnId)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.score")
            .isEqualTo(Math.floorMod(mpnId.hashCode(), 101))
            .jsonPath("$.source")
            .isEqualTo("DEFAULT");
    }

    @Test
    void forgetsAReportOnDelete() {
        String mpnId = TestEvents.newMpnId();
        putReport(mpnId, "{\"noRecord\": true}").expectStatus().isOk();

        client.delete().uri("/api/credit-bureau/reports/{mpnId}", mpnId).exchange().expectStatus().isNoContent();

        client.get()
            .uri("/api/credit-bureau/reports/{mpnId}", mpnId)
            .exchange()
            .expectBody()
            .jsonPath("$.source")
            .isEqualTo("DEFAULT");
    }

    @Test
    void refusesScoreAboveHundred() {
        putReport(TestEvents.newMpnId(), "{\"score\": 101}").expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo(400)
            .jsonPath("$.errors[0].field")
            .isEqualTo("score")
            .jsonPath("$.errors[0].code")
            .isEqualTo("OUT_OF_RANGE");
    }

    @Test
    void refusesNegativeScore() {
        putReport(TestEvents.newMpnId(), "{\"score\": -1}").expectStatus()
            .isBadRequest()
            .expectBody()
            .jsonPath("$.errors[0].code")
            .isEqualTo("OUT_OF_RANGE");
    }

    @Test
    void refusesAnAbsurdOrNegativeAnswerAfterAsABadRequest() {
        for (String answerAfter : List.of("PT2562047788015215H", "P365D", "-PT1S")) {
            putReport(TestEvents.newMpnId(), "{\"score\": 70, \"answerAfter\": \"" + answerAfter + "\"}").expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("answerAfter")
                .jsonPath("$.errors[0].code")
                .isEqualTo("OUT_OF_RANGE");
        }
    }

    @Test
    void refusesReportWithoutScore() {
        putReport(TestEvents.newMpnId(), "{}").expectStatus()
            .isBadRequest()
            .expectBody()
            .jsonPath("$.errors[0].code")
            .isEqualTo("REQUIRED");
    }

    @Test
    void refusesReportWithScoreAndNoRecord() {
        putReport(TestEvents.newMpnId(), "{\"score\": 70, \"noRecord\": true}").expectStatus()
            .isBadRequest()
            .expectBody()
            .jsonPath("$.errors[0].field")
            .isEqualTo("score");
    }

    @Test
    void refusesMalformedJsonAndWrongTypes() {
        putReport(TestEvents.newMpnId(), "{\"score\": ").expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        putReport(TestEvents.newMpnId(), "{\"score\": \"high\"}").expectStatus().isBadRequest();
    }

    @Test
    void refusesInvalidMpnId() {
        putReport("12ab", "{\"score\": 70}").expectStatus()
            .isBadRequest()
            .expectBody()
            .jsonPath("$.errors[0].field")
            .isEqualTo("mpnId");
    }

    @Test
    void refusesWrongContentType() {
        client.put()
            .uri("/api/credit-bureau/reports/{mpnId}", TestEvents.newMpnId())
            .contentType(MediaType.TEXT_PLAIN)
            .body("score=70")
            .exchange()
            .expectStatus()
            .isEqualTo(415);
    }

    @Test
    void switchesTheBureauOffAndOn() {
        putAvailability("{\"available\": false}").expectStatus().isOk();
        client.get()
            .uri("/api/credit-bureau/availability")
            .exchange()
            .expectBody()
            .jsonPath("$.available")
            .isEqualTo(false);

        putAvailability("{\"available\": true}").expectStatus().isOk();
        client.get()
            .uri("/api/credit-bureau/availability")
            .exchange()
            .expectBody()
            .jsonPath("$.available")
            .isEqualTo(true);
    }

    @Test
    void refusesAvailabilityWithoutValue() {
        putAvailability("{}").expectStatus()
            .isBadRequest()
            .expectBody()
            .jsonPath("$.errors[0].field")
            .isEqualTo("available");
    }

    @Test
    void reportsUpOnHealthEndpoint() {
        client.get()
            .uri("/actuator/health")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .value(body -> assertThat(body).containsEntry("status", "UP"));
    }

    @Test
    void documentsTheApiAsOpenApi() {
        client.get()
            .uri("/v3/api-docs")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.paths['/api/credit-checks/{enrollmentId}'].get")
            .exists()
            .jsonPath("$.paths['/api/credit-bureau/reports/{mpnId}'].put")
            .exists()
            .jsonPath("$.paths['/api/credit-bureau/availability'].put")
            .exists();
    }

    private RestTestClient.ResponseSpec putReport(String mpnId, String json) {
        return client.put()
            .uri("/api/credit-bureau/reports/{mpnId}", mpnId)
            .contentType(MediaType.APPLICATION_JSON)
            .body(json)
            .exchange();
    }

    private RestTestClient.ResponseSpec putAvailability(String json) {
        return client.put()
            .uri("/api/credit-bureau/availability")
            .contentType(MediaType.APPLICATION_JSON)
            .body(json)
            .exchange();
    }

}
