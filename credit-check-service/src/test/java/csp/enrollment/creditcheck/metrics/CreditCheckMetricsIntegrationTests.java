package csp.enrollment.creditcheck.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import csp.enrollment.creditcheck.CreditCheckIntegrationTest;
import csp.enrollment.creditcheck.TestApi;
import csp.enrollment.creditcheck.TestEvents;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Topics;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.testinfra.metrics.PrometheusScrape;

/**
 * The credit check's metrics as Prometheus scrapes them: over HTTP, without a token. The
 * context is shared with the other test classes, so counters are compared with a scrape
 * taken before.
 */
@CreditCheckIntegrationTest
class CreditCheckMetricsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void countsTheBureauWorkOfACheckAndItsKafkaTraffic() {
        PrometheusScrape before = PrometheusScrape.of(port);
        ProfileVerified verified = TestEvents.profileVerified(EnrollmentType.DIRECT_BILL);
        new TestApi(port).storeReport(verified.getMpnId(), "{\"score\": 80}");

        TestKafka.publish(Topics.PROFILE_VERIFIED, verified.getMetadata().getEnrollmentId(), verified);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            PrometheusScrape after = PrometheusScrape.of(port);
            assertThat(after.value("pipeline_work_completed_total", "kind=\"ask-bureau\""))
                .isGreaterThan(before.value("pipeline_work_completed_total", "kind=\"ask-bureau\""));
            assertThat(after.has("pipeline_work_pending", "kind=\"ask-bureau\"")).isTrue();
            assertThat(after.has("pipeline_work_pending", "kind=\"report-overdue\"")).isTrue();
            assertThat(after.value("kafka_producer_record_send_total")).isPositive();
            assertThat(after.value("spring_kafka_listener_seconds_count")).isPositive();
            assertThat(after.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
        });
    }

}
