package csp.enrollment.notification.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import csp.enrollment.events.Topics;
import csp.enrollment.notification.NotificationIntegrationTest;
import csp.enrollment.notification.TestEvents;
import csp.enrollment.notification.TestEvents.Partner;
import csp.enrollment.notification.TestMail;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.testinfra.metrics.PrometheusScrape;

/**
 * The e-mail metrics as Prometheus scrapes them: over HTTP, without a token. The context
 * is shared with the other test classes, so counters are compared with a scrape taken
 * before.
 */
@NotificationIntegrationTest
class NotificationMetricsIntegrationTests {

    private static final String[] REVIEW_IN_DUTCH = { "template=\"review-in-progress\"", "language=\"nl\"" };

    @LocalServerPort
    int port;

    @Test
    void countsASentEmailByTemplateAndLanguage() {
        PrometheusScrape before = PrometheusScrape.of(port);
        Partner partner = Partner.of("nl", "NL");
        String enrollmentId = TestEvents.newEnrollmentId();

        TestKafka.publish(Topics.REVIEW_REQUESTED, enrollmentId, TestEvents.reviewRequested(enrollmentId, partner));
        TestMail.awaitFirst(partner.email());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            PrometheusScrape after = PrometheusScrape.of(port);
            assertThat(after.value("emails_sent_total", REVIEW_IN_DUTCH))
                .isEqualTo(before.value("emails_sent_total", REVIEW_IN_DUTCH) + 1);
            assertThat(after.value("pipeline_work_completed_total", "kind=\"send-email\""))
                .isGreaterThan(before.value("pipeline_work_completed_total", "kind=\"send-email\""));
            assertThat(after.has("pipeline_work_pending", "kind=\"send-email\"")).isTrue();
            assertThat(after.value("spring_kafka_listener_seconds_count")).isPositive();
            assertThat(after.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
        });
    }

}
