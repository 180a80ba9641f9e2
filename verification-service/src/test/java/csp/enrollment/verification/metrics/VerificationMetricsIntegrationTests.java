package csp.enrollment.verification.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.Topics;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.testinfra.metrics.PrometheusScrape;
import csp.enrollment.verification.support.BearerTokens;
import csp.enrollment.verification.support.SubmittedEvents;
import csp.enrollment.verification.support.VerificationIntegrationTest;

/**
 * The review queue's metrics as Prometheus scrapes them, without a token, through the
 * service's security filters. Through MockMvc, as every test of this service: a second
 * context with a real port would join the listeners' consumer group and take partitions
 * from the shared one. The gauges read MongoDB, so they are compared with a scrape taken
 * before.
 */
@VerificationIntegrationTest
class VerificationMetricsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void countsAReviewTheServiceAsksFor() throws Exception {
        PrometheusScrape before = scrape();
        EnrollmentSubmitted submitted = SubmittedEvents.directBill(SubmittedEvents.newMpnId()).build();
        submitted.getDirectBill().setSupportPlanPurchased(true);
        String enrollmentId = submitted.getMetadata().getEnrollmentId();

        TestKafka.publish(Topics.SUBMITTED, enrollmentId, submitted);

        // the gauges read at most every 5 s: a bound well above that
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            PrometheusScrape after = scrape();
            assertThat(after.value("reviews_pending")).isGreaterThanOrEqualTo(before.value("reviews_pending") + 1);
            assertThat(after.has("reviews_oldest_pending_age_seconds")).isTrue();
            assertThat(after.has("pipeline_work_pending", "kind=\"publish-outcome\"")).isTrue();
            assertThat(after.value("spring_kafka_listener_seconds_count")).isPositive();
            assertThat(after.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
        });
    }

    private PrometheusScrape scrape() throws Exception {
        var result = mvc.get().uri("/actuator/prometheus").requestAttr(BearerTokens.ANONYMOUS, true).exchange();
        assertThat(result).hasStatusOk();
        return PrometheusScrape.parse(result.getResponse().getContentAsString());
    }

}
