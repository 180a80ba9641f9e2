package csp.enrollment.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import csp.enrollment.events.Topics;
import csp.enrollment.notification.NotificationIntegrationTest;
import csp.enrollment.notification.TestApi;
import csp.enrollment.notification.TestEvents;
import csp.enrollment.notification.TestEvents.Partner;
import csp.enrollment.notification.TestMail;
import csp.enrollment.testinfra.TestInfrastructure;
import csp.enrollment.testinfra.TestKafka;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@NotificationIntegrationTest
class SmtpOutageIntegrationTests {

    private static final List<String> TOPICS = List.of(Topics.SUBMITTED, Topics.REVIEW_REQUESTED,
            Topics.PROFILE_VERIFIED, Topics.PROFILE_REJECTED, Topics.CREDIT_CHECK_PASSED, Topics.CREDIT_CHECK_FAILED);

    @LocalServerPort
    int port;

    @Test
    void emailsWaitOutAnSmtpOutageAndEachArrivesExactlyOnceWhenTheServerIsBack() {
        TestApi api = new TestApi(port);
        Map<String, Partner> partnersByEnrollment = new LinkedHashMap<>();
        TestInfrastructure.get().stopMail();
        try {
            for (String topic : TOPICS) {
                String enrollmentId = TestEvents.newEnrollmentId();
                Partner partner = Partner.of("nl", "NL");
                partnersByEnrollment.put(enrollmentId, partner);
                TestKafka.publish(topic, enrollmentId, TestEvents.eventOn(topic, enrollmentId, partner));
            }
            // the consumer went on consuming: every e-mail is stored, and has been tried
            // and deferred
            await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> partnersByEnrollment.keySet()
                    .forEach(id -> assertThat(api.notifications(id)).singleElement().satisfies(email -> {
                        assertThat(email.get("status")).isEqualTo("PENDING");
                        assertThat((Integer) email.get("attempts")).isPositive();
                        assertThat((String) email.get("lastError")).isNotBlank();
                    })));
            assertThat(partnersByEnrollment.values())
                .allSatisfy(partner -> assertThat(TestMail.messagesTo(partner.email())).isEmpty());
        }
        finally {
            TestInfrastructure.get().startMail();
        }

        partnersByEnrollment.values().forEach(partner -> TestMail.awaitFirst(partner.email()));
        await().atMost(Duration.ofSeconds(30))
            .untilAsserted(() -> partnersByEnrollment.keySet()
                .forEach(id -> assertThat(api.notifications(id)).singleElement()
                    .satisfies(email -> assertThat(email.get("status")).isEqualTo("SENT"))));
        assertThat(partnersByEnrollment.values())
            .allSatisfy(partner -> assertThat(TestMail.messagesTo(partner.email())).hasSize(1));
    }

}
