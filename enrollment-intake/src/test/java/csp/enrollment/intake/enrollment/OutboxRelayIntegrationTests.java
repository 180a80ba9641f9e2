package csp.enrollment.intake.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.Topics;
import csp.enrollment.intake.EnrollmentIntakeApplication;
import csp.enrollment.intake.support.FlakyEventPublisher;
import csp.enrollment.intake.support.IntakeApi;
import csp.enrollment.intake.support.IntakeIntegrationTest;
import csp.enrollment.intake.support.Requests;
import csp.enrollment.testinfra.TestKafka;

/** An accepted application is never lost and never published under two event ids, whatever Kafka does. */
@IntakeIntegrationTest
class OutboxRelayIntegrationTests {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    FlakyEventPublisher publisher;

    private TestKafka.TopicReader<Object> submitted;

    @BeforeEach
    void connect() {
        submitted = TestKafka.events(Topics.SUBMITTED);
    }

    @AfterEach
    void disconnect() {
        publisher.refuse(0, event -> false);
        submitted.close();
    }

    @Test
    void publishesOnceWithTheStoredEventIdAfterThreeFailedAttempts() {
        String mpnId = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
        publisher.refuse(3, event -> event instanceof EnrollmentSubmitted submitted && submitted.getMpnId().equals(mpnId));

        var response = new IntakeApi(port).submit(Requests.with(Requests.directBill(), b -> b.put("mpnId", mpnId)));

        assertThat(response.statusCode()).isEqualTo(202);
        String enrollmentId = IntakeApi.json(response).get("enrollmentId").asString();
        String storedEventId = outbox(enrollmentId).getString("eventId");
        var event = (EnrollmentSubmitted) await().atMost(EVENT_TIMEOUT)
                .until(() -> submitted.valuesWithKey(enrollmentId), events -> !events.isEmpty()).get(0);
        assertThat(event.getMetadata().getEventId()).isEqualTo(storedEventId);
        assertThat(publisher.refused()).isEqualTo(3);
        // The relay published what it read back from the database: nothing was lost on the way.
        assertThat(event.getDirectBill().getCspCloudRevenueTtmUsd()).isEqualByComparingTo("350000.00");
        assertThat(event.getDirectBill().getManagedServices()).containsExactly("Managed Microsoft 365 security");
        assertThat(event.getBank().getAccountLast4()).isEqualTo("4300");
        assertThat(event.getAdmin().getPreferredLanguage()).isEqualTo("nl");
        await().atMost(EVENT_TIMEOUT).until(() -> outbox(enrollmentId).getBoolean("published"));
        assertThat(outbox(enrollmentId).getInteger("attempts")).isEqualTo(3);
        assertThat(outbox(enrollmentId).get("lastError")).isNull();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> submitted.withKey(enrollmentId).size() == 1);
    }

    /**
     * A second instance whose broker address leads nowhere still accepts applications; the first
     * instance, which reaches Kafka, publishes what the second stored.
     */
    @Test
    void acceptsWhileKafkaIsUnreachableAndPublishesWhenItCanBeReached() throws IOException {
        // Command-line arguments: they outrank the system properties that point at the test broker.
        try (var cutOff = EnrollmentIntakeApplication.builder().run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=localhost:" + closedPort(),
                "--spring.kafka.producer.properties.max.block.ms=1000",
                "--spring.kafka.listener.auto-startup=false",
                "--pipeline.messaging.topics.create=false",
                "--pipeline.messaging.publish-timeout=2s",
                "--intake.outbox.poll-interval=200ms",
                "--intake.outbox.initial-backoff=200ms",
                "--intake.outbox.max-backoff=1s")) {
            int cutOffPort = ((WebServerApplicationContext) cutOff).getWebServer().getPort();
            Instant before = Instant.now();

            var response = new IntakeApi(cutOffPort).submit(Requests.directBill().toString());

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(5));
            String enrollmentId = IntakeApi.json(response).get("enrollmentId").asString();
            String storedEventId = outbox(enrollmentId).getString("eventId");
            var event = (EnrollmentSubmitted) await().atMost(EVENT_TIMEOUT)
                    .until(() -> submitted.valuesWithKey(enrollmentId), events -> !events.isEmpty()).get(0);
            assertThat(event.getMetadata().getEventId()).isEqualTo(storedEventId);
            assertThat(outbox(enrollmentId).getInteger("attempts")).isGreaterThanOrEqualTo(1);
            await().atMost(EVENT_TIMEOUT).until(() -> outbox(enrollmentId).getBoolean("published"));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> submitted.withKey(enrollmentId).size() == 1);
        }
    }

    private Document outbox(String enrollmentId) {
        return mongo.findById(enrollmentId, Document.class, "enrollments").get("outbox", Document.class);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
