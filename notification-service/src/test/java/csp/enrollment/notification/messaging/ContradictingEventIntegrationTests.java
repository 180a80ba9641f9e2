package csp.enrollment.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import csp.enrollment.events.Topics;
import csp.enrollment.messaging.RefusedEventException;
import csp.enrollment.notification.NotificationIntegrationTest;
import csp.enrollment.notification.TestEvents;
import csp.enrollment.notification.TestEvents.Partner;
import csp.enrollment.notification.TestMail;
import csp.enrollment.testinfra.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a forged {@code CreditCheckPassed} for a rejected enrollment must not send
 * the "passed" e-mail. It is dead-lettered with the reason; the next record of its
 * partition is e-mailed.
 */
@NotificationIntegrationTest
class ContradictingEventIntegrationTests {

    @Test
    void aPartnerToldOfTheRejectionIsNotToldTheCreditCheckPassed() {
        String rejectedId = TestEvents.newEnrollmentId();
        Partner rejectedPartner = Partner.of("en", "NL");
        TestKafka.publish(Topics.PROFILE_REJECTED, rejectedId, TestEvents.profileRejected(rejectedId, rejectedPartner,
                List.of(TestEvents.reason("MARKET_NOT_SUPPORTED", "CN is in no CSP market."))));
        TestMail.awaitFirst(rejectedPartner.email());

        try (var deadLetters = TestKafka.raw(Topics.deadLetterTopicOf(Topics.CREDIT_CHECK_PASSED))) {
            var forged = TestEvents.creditCheckPassed(rejectedId, rejectedPartner);
            TestKafka.publish(Topics.CREDIT_CHECK_PASSED, rejectedId, forged);
            // The same key, so the same partition: a valid record behind the forged one.
            Partner otherPartner = Partner.of("en", "NL");
            var valid = TestEvents.creditCheckPassed(TestEvents.newEnrollmentId(), otherPartner);
            TestKafka.publish(Topics.CREDIT_CHECK_PASSED, rejectedId, valid);

            ConsumerRecord<String, byte[]> dead = await().atMost(Duration.ofSeconds(60))
                .until(() -> deadLetters.withKey(rejectedId), records -> !records.isEmpty())
                .get(0);
            assertThat(header(dead, "kafka_dlt-exception-cause-fqcn")).isEqualTo(RefusedEventException.class.getName());
            assertThat(header(dead, "pipeline_dlt-root-cause")).contains(forged.getMetadata().getEventId())
                .contains("credit-check-passed contradicts the profile-rejected e-mail");
            assertThat(dead.headers())
                .allSatisfy(header -> assertThat(new String(header.value(), StandardCharsets.UTF_8)).as(header.key())
                    .doesNotContain(rejectedPartner.email()));

            TestMail.awaitFirst(otherPartner.email());
            assertThat(deadLetters.withKeyUpToNow(rejectedId)).hasSize(1);
        }
        assertThat(TestMail.messagesTo(rejectedPartner.email())).hasSize(1);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
