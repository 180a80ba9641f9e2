package csp.enrollment.intake.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import csp.enrollment.events.ApplicationRejected;
import csp.enrollment.events.Topics;
import csp.enrollment.intake.application.ApplicationForms;
import csp.enrollment.intake.support.IntakeApi;
import csp.enrollment.intake.support.IntakeIntegrationTest;
import csp.enrollment.intake.support.Requests;
import csp.enrollment.intake.support.TestEvents;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.work.WorkQueue;

/**
 * Idempotency keys are remembered for {@code intake.idempotency.key-retention} (2 s here,
 * a sweep every 200 ms): within it a repeated key finds the first answer, afterwards the
 * key is forgotten and the same key starts a new enrollment, or a new rejection.
 */
@IntakeIntegrationTest
class IdempotencyKeyRetentionIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void forgetKeysSoon(DynamicPropertyRegistry registry) {
        registry.add("pipeline.work.sweep-interval", () -> "200ms");
        registry.add("intake.idempotency.key-retention", () -> "2s");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    WorkQueue work;

    private TestKafka.TopicReader<Object> rejected;

    @BeforeEach
    void connect() {
        rejected = TestKafka.events(Topics.APPLICATION_REJECTED);
    }

    @AfterEach
    void disconnect() {
        rejected.close();
    }

    @Test
    void aKeyPastItsRetentionIsForgottenAndStartsANewEnrollment() {
        IntakeApi api = new IntakeApi(port);
        String key = UUID.randomUUID().toString();
        String body = Requests.directBill().toString();
        HttpResponse<String> first = api.submit(body, key);
        HttpResponse<String> repeated = api.submit(body, key);
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(repeated.statusCode()).isEqualTo(200);
        String firstId = enrollmentId(first);
        assertThat(enrollmentId(repeated)).isEqualTo(firstId);

        await().atMost(TIMEOUT)
            .until(() -> !mongo.exists(Query.query(Criteria.where("idempotencyKey").is(IntakeApi.storedKey(key))),
                    "enrollments"));

        HttpResponse<String> afterRetention = api.submit(body, key);
        assertThat(afterRetention.statusCode()).isEqualTo(202);
        assertThat(enrollmentId(afterRetention)).isNotEqualTo(firstId);
        assertThat(api.enrollment(firstId).statusCode()).isEqualTo(200);
        await().atMost(TIMEOUT).until(() -> work.pending(ForgetIdempotencyKeys.KIND) == 0);
    }

    @Test
    void aRejectionPastItsRetentionIsForgottenAndTheSameApplicationIsJudgedAnew() {
        String key = "invalid-" + UUID.randomUUID();
        var application = TestEvents.application(ApplicationForms.directBill().with(f -> f.directBill = null), null);
        TestKafka.publish(Topics.APPLICATIONS, key, application);
        ApplicationRejected first = await().atMost(TIMEOUT).until(() -> rejectionsOf(key), r -> r.size() == 1).get(0);

        await().atMost(TIMEOUT)
            .until(() -> !mongo.exists(Query.query(Criteria.where("rejection.idempotencyKey").is(key)),
                    "rejected_applications"));
        TestKafka.publish(Topics.APPLICATIONS, key, application);

        List<ApplicationRejected> both = await().atMost(TIMEOUT).until(() -> rejectionsOf(key), r -> r.size() == 2);
        assertThat(both.get(1).getMetadata().getEnrollmentId()).isNotEqualTo(first.getMetadata().getEnrollmentId());
    }

    private List<ApplicationRejected> rejectionsOf(String key) {
        return rejected.all()
            .stream()
            .map(ConsumerRecord::value)
            .map(ApplicationRejected.class::cast)
            .filter(event -> key.equals(event.getIdempotencyKey()))
            .toList();
    }

    private static String enrollmentId(HttpResponse<String> response) {
        return IntakeApi.json(response).get("enrollmentId").asString();
    }

}
