package csp.enrollment.creditcheck.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import csp.enrollment.creditcheck.CreditCheckIntegrationTest;
import csp.enrollment.creditcheck.TestApi;
import csp.enrollment.creditcheck.TestEvents;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Topics;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.testinfra.TestKafka.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@CreditCheckIntegrationTest
class DeadLetterIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void sendsUndecodableBytesToTheDeadLetterTopicAndMovesOn() {
        ProfileVerified behind = TestEvents.profileVerified(EnrollmentType.DIRECT_BILL);
        String key = behind.getMetadata().getEnrollmentId();
        byte[] garbage = new byte[64];
        ThreadLocalRandom.current().nextBytes(garbage);
        garbage[0] = 42;

        TestKafka.publishRaw(Topics.PROFILE_VERIFIED, key, garbage);
        TestKafka.publish(Topics.PROFILE_VERIFIED, key, behind);

        try (TopicReader<byte[]> deadLetters = TestKafka.raw(Topics.deadLetterTopicOf(Topics.PROFILE_VERIFIED))) {
            List<ConsumerRecord<String, byte[]>> dead = await().atMost(Duration.ofSeconds(60))
                .until(() -> deadLetters.withKey(key), records -> !records.isEmpty());
            assertThat(dead).singleElement().satisfies(record -> {
                assertThat(record.value()).isEqualTo(garbage);
                assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(Topics.PROFILE_VERIFIED);
            });
        }
        // The same key, so the same partition: the event behind the bad bytes was
        // processed.
        TestApi api = new TestApi(port);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.creditCheck(key) != null);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
