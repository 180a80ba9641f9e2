package csp.enrollment.intake.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.Topics;
import csp.enrollment.intake.EnrollmentIntakeApplication;
import csp.enrollment.intake.application.ApplicationForms;
import csp.enrollment.intake.privacy.BankDetailsVault;
import csp.enrollment.intake.status.EnrollmentStatus;
import csp.enrollment.intake.status.StatusEntry;
import csp.enrollment.intake.support.FlakyPartnerEvents;
import csp.enrollment.intake.support.FlakySubmittedEvents;
import csp.enrollment.intake.support.IntakeApi;
import csp.enrollment.intake.support.IntakeIntegrationTest;
import csp.enrollment.intake.support.Requests;
import csp.enrollment.intake.support.TestEvents;
import csp.enrollment.intake.support.TestMasterKey;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.work.WorkQueue;

/**
 * An accepted application is never lost and never published under two event ids, whatever
 * Kafka or the instance does: what the first attempt could not publish, the sweep does.
 * This context sweeps every 200 ms with a 2 s lease (the shared one only once an hour).
 */
@IntakeIntegrationTest
class SubmittedEventRecoveryIntegrationTests {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void sweepOften(DynamicPropertyRegistry registry) {
        registry.add("pipeline.work.sweep-interval", () -> "200ms");
        registry.add("pipeline.work.lease", () -> "2s");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    FlakySubmittedEvents publisher;

    @Autowired
    FlakyPartnerEvents partnerEvents;

    @Autowired
    BankDetailsVault vault;

    @Autowired
    WorkQueue work;

    @Autowired
    Enrollments enrollments;

    private TestKafka.TopicReader<Object> submitted;

    @BeforeEach
    void connect() {
        submitted = TestKafka.events(Topics.SUBMITTED);
    }

    @AfterEach
    void disconnect() {
        publisher.refuse(0, event -> false);
        partnerEvents.refuse(0);
        submitted.close();
    }

    /**
     * The partner's commands have the same outbox: an accepted command is published once
     * the broker is back.
     */
    @Test
    void publishesAnAcceptedCommandOnceTheBrokerIsBack() {
        var api = new IntakeApi(port);
        String enrollmentId = IntakeApi.json(api.submit(Requests.indirectReseller().toString()))
            .get("enrollmentId")
            .asString();
        TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId,
                TestEvents.indirectResellerVerified(enrollmentId, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        await().atMost(EVENT_TIMEOUT)
            .until(() -> "VERIFIED".equals(IntakeApi.json(api.enrollment(enrollmentId)).get("status").asString()));
        partnerEvents.refuse(3);
        try (var completed = TestKafka.events(Topics.COMPLETED)) {

            var answer = api.post("/api/enrollments/" + enrollmentId + "/agreement", "application/json", """
                    {"agreement": "INDIRECT_RESELLER_TERMS", "version": "2026-01",
                     "acceptedBy": {"name": "Sanne de Vries", "email": "sanne.devries@contoso.nl"}}"""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

            assertThat(answer.statusCode()).isEqualTo(202);
            await().atMost(EVENT_TIMEOUT).untilAsserted(() -> {
                assertThat(partnerEvents.refused()).isEqualTo(3);
                assertThat(completed.withKey(enrollmentId)).hasSize(1);
            });
            await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> completed.withKey(enrollmentId).size() == 1);
        }
    }

    @Test
    void publishesOnceWithTheStoredEventIdAfterThreeRefusedAttempts() {
        String mpnId = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
        publisher.refuse(3, enrollment -> enrollment.application().mpnId().equals(mpnId));

        var response = new IntakeApi(port).submit(Requests.with(Requests.directBill(), b -> b.put("mpnId", mpnId)));

        assertThat(response.statusCode()).isEqualTo(202);
        String enrollmentId = IntakeApi.json(response).get("enrollmentId").asString();
        String storedEventId = outbox(enrollmentId).getString("eventId");
        var event = awaitPublished(enrollmentId);
        assertThat(event.getMetadata().getEventId()).isEqualTo(storedEventId);
        assertThat(publisher.refused()).isEqualTo(3);
        // What went out was read back from the database: nothing was lost on the way.
        assertThat(event.getDirectBill().getCspCloudRevenueTtmUsd()).isEqualByComparingTo("350000.00");
        assertThat(event.getDirectBill().getManagedServices()).containsExactly("Managed Microsoft 365 security");
        assertThat(event.getBank().getAccountLast4()).isEqualTo("4300");
        assertThat(event.getAdmin().getPreferredLanguage()).isEqualTo("nl");
        await().atMost(EVENT_TIMEOUT)
            .until(() -> outbox(enrollmentId).getBoolean("published") && !hasTicket(enrollmentId));
        await().during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(5))
            .until(() -> submitted.withKey(enrollmentId).size() == 1);
    }

    /**
     * What an instance leaves when it dies between storing the enrollment and starting
     * its publication.
     */
    @Test
    void publishesWhatACrashedInstanceStoredButNeverStarted() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String enrollmentId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        var form = ApplicationForms.directBill().build();
        work.reserve(SubmittedEventPublishing.KIND, List.of(enrollmentId));
        enrollments.insert(new EnrollmentDocument(enrollmentId, "DIRECT_BILL", null, "crash-test", "HTTP", null, now,
                form.withoutBank(), EnrollmentDocument.adminEmailKeyOf(form), null, null,
                List.of(new StatusEntry(EnrollmentStatus.SUBMITTED, now, List.of())), List.of(eventId),
                new EnrollmentDocument.Outbox(eventId, now, false, null),
                StoredBank.of(form.bank(), vault.seal(enrollmentId, form.bank())), null, null, null, null, null, null,
                null));

        var event = awaitPublished(enrollmentId);

        assertThat(event.getMetadata().getEventId()).isEqualTo(eventId);
        await().atMost(EVENT_TIMEOUT)
            .until(() -> outbox(enrollmentId).getBoolean("published") && !hasTicket(enrollmentId));
    }

    /**
     * A second instance whose broker address leads nowhere still accepts applications;
     * this instance, which reaches Kafka, publishes what the second stored once its
     * attempt failed.
     */
    @Test
    void acceptsWhileKafkaIsUnreachableAndPublishesWhenItCanBeReached() throws IOException {
        // Command-line arguments: they outrank the system properties that point at the
        // test broker.
        try (var cutOff = EnrollmentIntakeApplication.builder()
            .run("--server.port=0", "--" + TestMasterKey.KEY, "--" + TestMasterKey.ACTIVE,
                    "--spring.kafka.bootstrap-servers=localhost:" + closedPort(),
                    "--spring.kafka.producer.properties.max.block.ms=1000",
                    "--spring.kafka.listener.auto-startup=false", "--pipeline.messaging.topics.create=false",
                    "--pipeline.messaging.publish-timeout=2s", "--pipeline.work.sweep-interval=1h",
                    "--pipeline.work.backoff.initial=200ms")) {
            int cutOffPort = ((WebServerApplicationContext) cutOff).getWebServer().getPort();
            Instant before = Instant.now();

            var response = new IntakeApi(cutOffPort).submit(Requests.directBill().toString());

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(5));
            String enrollmentId = IntakeApi.json(response).get("enrollmentId").asString();
            String storedEventId = outbox(enrollmentId).getString("eventId");
            var event = awaitPublished(enrollmentId);
            assertThat(event.getMetadata().getEventId()).isEqualTo(storedEventId);
            await().atMost(EVENT_TIMEOUT)
                .until(() -> outbox(enrollmentId).getBoolean("published") && !hasTicket(enrollmentId));
            await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> submitted.withKey(enrollmentId).size() == 1);
        }
    }

    private EnrollmentSubmitted awaitPublished(String enrollmentId) {
        return (EnrollmentSubmitted) await().atMost(EVENT_TIMEOUT)
            .until(() -> submitted.valuesWithKey(enrollmentId), events -> !events.isEmpty())
            .get(0);
    }

    private Document outbox(String enrollmentId) {
        return mongo.findById(enrollmentId, Document.class, "enrollments").get("outbox", Document.class);
    }

    private boolean hasTicket(String enrollmentId) {
        return mongo.findById(SubmittedEventPublishing.KIND_NAME + ":" + enrollmentId, Document.class,
                "pendingWork") != null;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
