package csp.enrollment.intake.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import csp.enrollment.events.Topics;
import csp.enrollment.intake.application.ApplicationForms;
import csp.enrollment.intake.support.IntakeApi;
import csp.enrollment.intake.support.IntakeIntegrationTest;
import csp.enrollment.intake.support.Requests;
import csp.enrollment.intake.support.TestEvents;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.testinfra.metrics.PrometheusScrape;

/**
 * Intake's metrics as Prometheus scrapes them: over HTTP, without a token. The
 * application context is shared with the other test classes, so counters are compared
 * with a scrape taken before.
 */
@IntakeIntegrationTest
class IntakeMetricsIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Test
    void countsAnApplicationSubmittedOverHttpItsPublicationAndTheStatusItReaches() {
        PrometheusScrape before = PrometheusScrape.of(port);
        var api = new IntakeApi(port);

        var accepted = api.submit(Requests.directBill().toString());
        assertThat(accepted.statusCode()).isEqualTo(202);
        String enrollmentId = IntakeApi.json(accepted).get("enrollmentId").asString();
        TestKafka.publish(Topics.REVIEW_REQUESTED, enrollmentId,
                TestEvents.reviewRequested(enrollmentId, Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> {
            PrometheusScrape after = PrometheusScrape.of(port);
            assertThat(after.value("enrollments_submitted_total", "channel=\"HTTP\"", "type=\"DIRECT_BILL\""))
                .isEqualTo(before.value("enrollments_submitted_total", "channel=\"HTTP\"", "type=\"DIRECT_BILL\"") + 1);
            assertThat(after.value("enrollments_status_total", "status=\"IN_REVIEW\""))
                .isEqualTo(before.value("enrollments_status_total", "status=\"IN_REVIEW\"") + 1);
            // the time from the submission to the status, as a histogram Prometheus can
            // take quantiles of
            assertThat(after.value("enrollments_time_to_status_seconds_count", "status=\"IN_REVIEW\""))
                .isEqualTo(before.value("enrollments_time_to_status_seconds_count", "status=\"IN_REVIEW\"") + 1);
            assertThat(after.has("enrollments_time_to_status_seconds_bucket", "status=\"IN_REVIEW\"", "le=\"+Inf\""))
                .isTrue();
            assertThat(after.value("pipeline_work_completed_total", "kind=\"publish-submitted\""))
                .isGreaterThan(before.value("pipeline_work_completed_total", "kind=\"publish-submitted\""));
            assertThat(after.has("pipeline_work_pending", "kind=\"publish-submitted\"")).isTrue();
            // Spring Kafka's listener observations and the Kafka clients' own metrics,
            // consumer lag among them
            assertThat(after.value("spring_kafka_listener_seconds_count")).isPositive();
            assertThat(after.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
            assertThat(after.value("kafka_producer_record_send_total")).isPositive();
            assertThat(after.has("http_server_requests_seconds_count", "uri=\"/api/enrollments\"")).isTrue();
        });
    }

    @Test
    void countsAnApplicationFromKafkaByItsChannel() {
        PrometheusScrape before = PrometheusScrape.of(port);
        var forms = ApplicationForms.indirectReseller().with(f -> f.tenantId = UUID.randomUUID().toString());

        TestKafka.publish(Topics.APPLICATIONS, UUID.randomUUID().toString(), TestEvents.application(forms, null));

        await().atMost(WAIT)
            .untilAsserted(() -> assertThat(PrometheusScrape.of(port)
                .value("enrollments_submitted_total", "channel=\"KAFKA\"", "type=\"INDIRECT_RESELLER\"")).isEqualTo(
                        before.value("enrollments_submitted_total", "channel=\"KAFKA\"", "type=\"INDIRECT_RESELLER\"")
                                + 1));
    }

}
