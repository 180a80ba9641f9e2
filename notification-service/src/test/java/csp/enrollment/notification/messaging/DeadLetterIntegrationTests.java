package csp.enrollment.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import csp.enrollment.events.Topics;
import csp.enrollment.notification.NotificationIntegrationTest;
import csp.enrollment.notification.TestEvents;
import csp.enrollment.notification.TestEvents.Partner;
import csp.enrollment.notification.TestMail;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.testinfra.TestKafka.TopicReader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@NotificationIntegrationTest
class DeadLetterIntegrationTests {

    @ParameterizedTest
    @ValueSource(strings = { Topics.SUBMITTED, Topics.REVIEW_REQUESTED, Topics.PROFILE_VERIFIED,
            Topics.PROFILE_REJECTED, Topics.CREDIT_CHECK_PASSED, Topics.CREDIT_CHECK_FAILED })
    void undecodableBytesGoToTheDeadLetterTopicAndTheEventsBehindThemAreStillEmailed(String topic) {
        String enrollmentId = TestEvents.newEnrollmentId();
        byte[] garbage = new byte[48];
        ThreadLocalRandom.current().nextBytes(garbage);
        garbage[0] = 42; // not the Confluent magic byte
        Partner partner = Partner.of("en", "NL");

        TestKafka.publishRaw(topic, enrollmentId, garbage);
        TestKafka.publish(topic, enrollmentId, TestEvents.eventOn(topic, enrollmentId, partner));

        try (TopicReader<byte[]> deadLetters = TestKafka.raw(Topics.deadLetterTopicOf(topic))) {
            List<ConsumerRecord<String, byte[]>> dead = await().atMost(Duration.ofSeconds(60))
                .until(() -> deadLetters.withKey(enrollmentId), records -> !records.isEmpty());
            assertThat(dead).singleElement().satisfies(record -> {
                assertThat(record.value()).isEqualTo(garbage);
                assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(topic);
                assertThat(header(record, "kafka_dlt-exception-fqcn")).isNotBlank();
            });
        }
        // the same key, so the same partition: the event behind the bad bytes was
        // consumed
        assertThat(TestMail.awaitFirst(partner.email()).to().getAddress()).isEqualTo(partner.email());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
