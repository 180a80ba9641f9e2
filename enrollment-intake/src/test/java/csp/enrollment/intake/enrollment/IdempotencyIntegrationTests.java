package csp.enrollment.intake.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import csp.enrollment.events.Topics;
import csp.enrollment.intake.support.IntakeApi;
import csp.enrollment.intake.support.IntakeIntegrationTest;
import csp.enrollment.intake.support.Requests;
import csp.enrollment.testinfra.TestKafka;

/**
 * The Idempotency-Key of contract.md §1: same key and body → same enrollment; different
 * body → 409.
 */
@IntakeIntegrationTest
class IdempotencyIntegrationTests {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private IntakeApi api;

    private TestKafka.TopicReader<Object> submitted;

    @BeforeEach
    void connect() {
        api = new IntakeApi(port);
        submitted = TestKafka.events(Topics.SUBMITTED);
    }

    @AfterEach
    void disconnect() {
        submitted.close();
    }

    @Test
    void answersTheSameKeyWithTheSameBodyWithTheSameEnrollmentAndEmitsOnce() {
        String key = UUID.randomUUID().toString();
        String body = Requests.directBill().toString();

        var first = api.submit(body, key);
        var second = api.submit(body, key);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(200);
        String enrollmentId = enrollmentId(first);
        assertThat(enrollmentId(second)).isEqualTo(enrollmentId);
        assertThat(IntakeApi.json(second).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(second.headers().firstValue("Location")).hasValue("/api/enrollments/" + enrollmentId);
        assertThat(enrollmentsWithKey(key)).isEqualTo(1);
        await().atMost(EVENT_TIMEOUT).until(() -> submitted.withKey(enrollmentId).size() == 1);
        // Nothing more comes: the repeat stored nothing new to publish.
        await().during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(5))
            .until(() -> submitted.withKey(enrollmentId).size() == 1);
    }

    @Test
    void recognisesTheSameApplicationWrittenDifferently() {
        String key = UUID.randomUUID().toString();
        var body = Requests.directBill();
        String compact = body.toString();
        String reformatted = compact.replace(",", ",\n  ").replace("350000.00", "350000").replace("20000.00", "2.0E4");

        var first = api.submit(compact, key);
        var second = api.submit(reformatted, key);

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(enrollmentId(second)).isEqualTo(enrollmentId(first));
    }

    @Test
    void refusesTheSameKeyWithADifferentBodyWithConflict() {
        String key = UUID.randomUUID().toString();
        var body = Requests.directBill();
        String enrollmentId = enrollmentId(api.submit(body.toString(), key));

        var response = api.submit(
                Requests.with(body, b -> Requests.object(b, "company.address").put("line1", "Keizersgracht 125")), key);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = IntakeApi.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:csp-enrollment:problem:idempotency-key-reused");
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(response.body()).doesNotContain(enrollmentId);
        assertThat(enrollmentsWithKey(key)).isEqualTo(1);
    }

    @Test
    void doesNotSpendAKeyOnAnInvalidApplication() {
        String key = UUID.randomUUID().toString();
        var body = Requests.directBill();

        assertThat(api.submit(Requests.with(body.deepCopy(), b -> b.put("mpnId", "12")), key).statusCode())
            .isEqualTo(400);
        assertThat(api.submit(body.toString(), key).statusCode()).isEqualTo(202);
    }

    @Test
    void treatsEverySubmissionWithoutAKeyAsANewApplication() {
        String body = Requests.directBill().toString();

        var first = api.submit(body);
        var second = api.submit(body);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(enrollmentId(second)).isNotEqualTo(enrollmentId(first));
    }

    @Test
    void makesConcurrentSubmissionsWithOneKeyOneEnrollment() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Requests.directBill().toString();
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Callable<HttpResponse<String>> submit = () -> {
                    start.await();
                    return new IntakeApi(port).submit(body, key);
                };
                answers.add(pool.submit(submit));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (var answer : answers) {
                responses.add(answer.get());
            }

            assertThat(responses).extracting(HttpResponse::statusCode)
                .containsOnly(200, 202)
                .filteredOn(status -> status == 202)
                .hasSize(1);
            assertThat(responses).extracting(IdempotencyIntegrationTests::enrollmentId)
                .containsOnly(enrollmentId(responses.get(0)));
            assertThat(enrollmentsWithKey(key)).isEqualTo(1);
            String enrollmentId = enrollmentId(responses.get(0));
            await().atMost(EVENT_TIMEOUT).until(() -> submitted.withKey(enrollmentId).size() == 1);
        }
        finally {
            pool.shutdownNow();
        }
    }

    private long enrollmentsWithKey(String key) {
        return mongo.count(Query.query(Criteria.where("idempotencyKey").is(IntakeApi.storedKey(key))), "enrollments");
    }

    @Test
    void scopesTheKeyToTheCallingClientSoTwoClientsWithOneKeyMakeTwoEnrollments() {
        String key = UUID.randomUUID().toString();
        String body = Requests.directBill().toString();

        var mine = api.submit(body, key);
        var theirs = api.submitAs("another-portal", body, key);
        var mineAgain = api.submit(body, key);

        assertThat(mine.statusCode()).isEqualTo(202);
        assertThat(theirs.statusCode()).isEqualTo(202);
        assertThat(enrollmentId(theirs)).isNotEqualTo(enrollmentId(mine));
        assertThat(mineAgain.statusCode()).isEqualTo(200);
        assertThat(enrollmentId(mineAgain)).isEqualTo(enrollmentId(mine));
    }

    private static String enrollmentId(HttpResponse<String> response) {
        return IntakeApi.json(response).get("enrollmentId").asString();
    }

}
