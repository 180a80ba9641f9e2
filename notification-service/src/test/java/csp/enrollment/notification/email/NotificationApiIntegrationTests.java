package csp.enrollment.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.Topics;
import csp.enrollment.notification.NotificationIntegrationTest;
import csp.enrollment.notification.ReceivedMail;
import csp.enrollment.notification.TestApi;
import csp.enrollment.notification.TestEvents;
import csp.enrollment.notification.TestEvents.Partner;
import csp.enrollment.notification.TestMail;
import csp.enrollment.testinfra.TestKafka;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@NotificationIntegrationTest
class NotificationApiIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void listsEveryEmailOfAnEnrollmentWithItsStatusAndMessageId() {
        TestApi api = new TestApi(port);
        String enrollmentId = TestEvents.newEnrollmentId();
        Partner partner = Partner.of("nl-NL", "NL");

        TestKafka.publish(Topics.SUBMITTED, enrollmentId,
                TestEvents.submitted(enrollmentId, partner, EnrollmentType.DIRECT_BILL));
        TestKafka.publish(Topics.REVIEW_REQUESTED, enrollmentId, TestEvents.reviewRequested(enrollmentId, partner));
        await().atMost(Duration.ofSeconds(60)).until(() -> TestMail.messagesTo(partner.email()).size() == 2);

        List<ReceivedMail> received = TestMail.messagesTo(partner.email()).stream().map(ReceivedMail::of).toList();
        List<Map<String, Object>> emails = await().atMost(Duration.ofSeconds(30))
            .until(() -> api.notifications(enrollmentId),
                    list -> list.size() == 2 && list.stream().allMatch(email -> "SENT".equals(email.get("status"))));
        assertThat(emails).extracting(email -> email.get("template"))
            .containsExactlyInAnyOrder("application-received", "review-in-progress");
        assertThat(emails).allSatisfy(email -> {
            assertThat(email.get("language")).isEqualTo("nl");
            assertThat(email.get("recipient")).isEqualTo(partner.email());
            assertThat(email.get("attempts")).isEqualTo(1);
            assertThat(Instant.parse((String) email.get("sentAt"))).isBefore(Instant.now().plusSeconds(1));
            assertThat(email.get("nextAttemptAt")).isNull();
            assertThat(email.get("lastError")).isNull();
            assertThat(email).doesNotContainKeys("text", "html");
        });
        assertThat(emails).extracting(email -> email.get("subject"))
            .containsExactlyInAnyOrder("We hebben uw CSP-aanvraag ontvangen", "Uw CSP-aanvraag wordt beoordeeld");
        assertThat(emails).extracting(email -> email.get("messageId"))
            .containsExactlyInAnyOrderElementsOf(received.stream().map(ReceivedMail::messageId).toList());
    }

    @Test
    void anEnrollmentWithoutEmailsHasAnEmptyList() {
        assertThat(new TestApi(port).notifications(TestEvents.newEnrollmentId())).isEmpty();
    }

    @Test
    void answersAProblemWithoutAnEnrollmentId() {
        ResponseEntity<String> response = new TestApi(port).client()
            .get()
            .uri("/api/notifications")
            .retrieve()
            .onStatus(HttpStatusCode::isError, (request, answer) -> {
            })
            .toEntity(String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("enrollmentId");
    }

    @Test
    void describesTheApiInOpenApi() {
        String openApi = new TestApi(port).client().get().uri("/v3/api-docs").retrieve().body(String.class);
        assertThat(openApi).contains("/api/notifications", "/api/notifications/preview/{template}");
    }

    @Test
    void reportsHealthUp() {
        String health = new TestApi(port).client().get().uri("/actuator/health").retrieve().body(String.class);
        assertThat(health).contains("\"status\":\"UP\"");
    }

}
