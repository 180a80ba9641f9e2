package csp.enrollment.intake.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import csp.enrollment.events.AgreementAccepted;
import csp.enrollment.events.EnrollmentCompleted;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.EnrollmentTransitioned;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.events.SupportPlanRecorded;
import csp.enrollment.events.Topics;
import csp.enrollment.intake.support.IntakeApi;
import csp.enrollment.intake.support.IntakeIntegrationTest;
import csp.enrollment.intake.support.Requests;
import csp.enrollment.intake.support.TestEvents;
import csp.enrollment.testinfra.TestKafka;
import tools.jackson.databind.JsonNode;

/**
 * The partner's commands of contract §8 and §9 over HTTP, with the enrollments brought to
 * their status by real events on the other services' topics, and what intake publishes
 * read back from Kafka.
 */
@IntakeIntegrationTest
class PartnerCommandsIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final Duration QUIET = Duration.ofSeconds(2);

    private static final String TERMS = """
            {"agreement": "INDIRECT_RESELLER_TERMS", "acceptedBy": {"name": "Sanne de Vries",
             "email": "sanne.devries@contoso.nl"}, "version": "2026-01"}""";

    private static final String MPA = TERMS.replace("INDIRECT_RESELLER_TERMS", "MICROSOFT_PARTNER_AGREEMENT");

    private static final String ASFP = """
            {"plan": "ASFP", "purchasedAt": "2026-11-30T09:30:00Z"}""";

    private static final String TRANSITION = """
            {"reason": "We will buy through a distributor instead."}""";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private IntakeApi api;

    private TestKafka.TopicReader<Object> agreements;

    private TestKafka.TopicReader<Object> plans;

    private TestKafka.TopicReader<Object> completions;

    private TestKafka.TopicReader<Object> transitions;

    private TestKafka.TopicReader<Object> submissions;

    @BeforeEach
    void connect() {
        api = new IntakeApi(port);
        agreements = TestKafka.events(Topics.AGREEMENT_ACCEPTED);
        plans = TestKafka.events(Topics.SUPPORT_PLAN_RECORDED);
        completions = TestKafka.events(Topics.COMPLETED);
        transitions = TestKafka.events(Topics.TRANSITIONED);
        submissions = TestKafka.events(Topics.SUBMITTED);
    }

    @AfterEach
    void disconnect() {
        List.of(agreements, plans, completions, transitions, submissions).forEach(TestKafka.TopicReader::close);
    }

    @Test
    void enrollsAnIndirectResellerWhenItAcceptsTheTermsAndOnlyOnce() {
        String id = verifiedIndirectReseller();

        HttpResponse<String> accepted = command(id, "agreement", TERMS);

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode view = IntakeApi.json(accepted);
        assertThat(view.get("status").asString()).isEqualTo("ENROLLED");
        assertThat(view.get("agreement").get("agreement").asString()).isEqualTo("INDIRECT_RESELLER_TERMS");
        assertThat(view.get("agreement").get("version").asString()).isEqualTo("2026-01");
        assertThat(lastEntry(view).get("reasons").get(0).get("code").asString()).isEqualTo("AGREEMENT_ACCEPTED");
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(agreements.valuesWithKey(id)).hasSize(1);
            assertThat(completions.valuesWithKey(id)).hasSize(1);
        });
        var agreement = (AgreementAccepted) agreements.valuesWithKey(id).get(0);
        assertThat(agreement.getAcceptedBy().getEmail()).isEqualTo("sanne.devries@contoso.nl");
        assertThat(agreement.getVersion()).isEqualTo("2026-01");
        var completed = (EnrollmentCompleted) completions.valuesWithKey(id).get(0);
        assertThat(completed.getEnrollmentType().name()).isEqualTo("INDIRECT_RESELLER");
        assertThat(completed.getMarket()).isEqualTo("Europe");
        assertThat(completed.getPartner().getAdmin().getWorkEmail()).isEqualTo("sanne.devries@contoso.nl");
        assertThat(completed.getSupportPlan()).isNull();

        HttpResponse<String> again = command(id, "agreement", TERMS.replace("2026-01", "2026-02"));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(IntakeApi.json(again).get("agreement").get("version").asString()).as("the first stands")
            .isEqualTo("2026-01");
        await().during(QUIET).atMost(QUIET.multipliedBy(3)).untilAsserted(() -> {
            assertThat(agreements.valuesWithKey(id)).hasSize(1);
            assertThat(completions.valuesWithKey(id)).hasSize(1);
        });
    }

    @Test
    void enrollsADirectBillPartnerOnceItsPlanAndAgreementAreRecordedInEitherOrder() {
        String planFirst = creditCheckPassed();
        HttpResponse<String> plan = command(planFirst, "support-plan", ASFP);
        assertThat(plan.statusCode()).isEqualTo(202);
        assertThat(IntakeApi.json(plan).get("status").asString()).isEqualTo("CREDIT_CHECK_PASSED");
        assertThat(IntakeApi.json(plan).get("supportPlan").get("plan").asString()).isEqualTo("ASFP");
        HttpResponse<String> agreement = command(planFirst, "agreement", MPA);
        assertThat(agreement.statusCode()).isEqualTo(202);
        JsonNode enrolled = IntakeApi.json(agreement);
        assertThat(enrolled.get("status").asString()).isEqualTo("ENROLLED");
        assertThat(StreamSupport.stream(lastEntry(enrolled).get("reasons").spliterator(), false)
            .map(reason -> reason.get("code").asString()))
            .containsExactly("AGREEMENT_ACCEPTED", "SUPPORT_PLAN_RECORDED");

        String agreementFirst = creditCheckPassed();
        assertThat(IntakeApi.json(command(agreementFirst, "agreement", MPA)).get("status").asString())
            .isEqualTo("CREDIT_CHECK_PASSED");
        assertThat(IntakeApi.json(command(agreementFirst, "support-plan", ASFP.replace("ASFP", "PSFP")))
            .get("status")
            .asString()).isEqualTo("ENROLLED");

        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String id : List.of(planFirst, agreementFirst)) {
                assertThat(eventIds(plans, id)).hasSize(1);
                assertThat(eventIds(agreements, id)).hasSize(1);
                assertThat(eventIds(completions, id)).hasSize(1);
            }
        });
        var recorded = (SupportPlanRecorded) plans.valuesWithKey(planFirst).get(0);
        assertThat(recorded.getPurchasedAt()).isEqualTo(Instant.parse("2026-11-30T09:30:00Z"));
        assertThat(((EnrollmentCompleted) completions.valuesWithKey(agreementFirst).get(0)).getSupportPlan().name())
            .isEqualTo("PSFP");
        assertThat(IntakeApi.json(api.enrollment(agreementFirst)).get("status").asString()).isEqualTo("ENROLLED");
    }

    @Test
    void refusesWhatTheStatusOrTypeDoesNotAllowWithItsCode() {
        String verifiedDirectBill = submitDirectBill();
        publishVerified(verifiedDirectBill, TestEvents.profileVerified(verifiedDirectBill, later(60)));
        awaitStatus(verifiedDirectBill, "VERIFIED");
        assertRefused(command(verifiedDirectBill, "support-plan", ASFP), "CREDIT_CHECK_NOT_PASSED");
        assertRefused(command(verifiedDirectBill, "agreement", MPA), "CREDIT_CHECK_NOT_PASSED");

        String submittedDirectBill = submitDirectBill();
        assertRefused(command(submittedDirectBill, "support-plan", ASFP), "CREDIT_CHECK_NOT_PASSED");

        String passed = creditCheckPassed();
        assertRefused(command(passed, "agreement", TERMS), "WRONG_AGREEMENT");

        String submittedReseller = IntakeApi.json(api.submit(Requests.indirectReseller().toString()))
            .get("enrollmentId")
            .asString();
        assertRefused(command(submittedReseller, "agreement", TERMS), "NOT_VERIFIED");
        assertRefused(command(submittedReseller, "agreement", MPA), "WRONG_AGREEMENT");
        assertRefused(command(submittedReseller, "support-plan", ASFP), "CREDIT_CHECK_NOT_PASSED");

        String rejected = submitDirectBill();
        TestKafka.publish(Topics.PROFILE_REJECTED, rejected, TestEvents.profileRejected(rejected, later(60)));
        awaitStatus(rejected, "REJECTED");
        assertRefused(command(rejected, "agreement", MPA), "ALREADY_FINAL");

        String enrolled = verifiedIndirectReseller();
        assertThat(command(enrolled, "agreement", TERMS).statusCode()).isEqualTo(202);
        assertRefused(command(enrolled, "transition", TRANSITION), "TRANSITION_NOT_ALLOWED");
        assertRefused(command(passed, "transition", TRANSITION), "TRANSITION_NOT_ALLOWED");

        assertThat(command("5b1f3c1e-0000-4000-8000-000000000000", "agreement", TERMS).statusCode()).isEqualTo(404);
        await().during(QUIET).atMost(QUIET.multipliedBy(3)).untilAsserted(() -> {
            for (String id : List.of(verifiedDirectBill, submittedDirectBill, passed, submittedReseller, rejected)) {
                assertThat(agreements.valuesWithKey(id)).isEmpty();
                assertThat(plans.valuesWithKey(id)).isEmpty();
            }
        });
    }

    @Test
    void namesEveryProblemOfAnInvalidBody() {
        String id = creditCheckPassed();

        JsonNode agreement = IntakeApi.json(command(id, "agreement", """
                {"agreement": "MASTER_AGREEMENT", "acceptedBy": {"name": 42, "email": "not-an-address"}}"""));
        JsonNode plan = IntakeApi.json(command(id, "support-plan", """
                {"plan": "GOLD", "purchasedAt": "yesterday"}"""));
        HttpResponse<String> malformed = command(id, "transition", "{\"reason\": ");

        assertThat(agreement.get("status").asInt()).isEqualTo(400);
        assertThat(fieldsAndCodes(agreement)).containsExactlyInAnyOrder("agreement INVALID_VALUE", "version REQUIRED",
                "acceptedBy.name INVALID_TYPE", "acceptedBy.email INVALID_FORMAT");
        assertThat(fieldsAndCodes(plan)).containsExactlyInAnyOrder("plan INVALID_VALUE", "purchasedAt INVALID_FORMAT");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(IntakeApi.json(api.enrollment(id)).get("agreement").isNull()).isTrue();
    }

    @Test
    void movesAFailedDirectBillEnrollmentToANewIndirectResellerOneOnce() {
        String old = submitDirectBill();
        publishVerified(old, TestEvents.profileVerified(old, later(60)));
        TestKafka.publish(Topics.CREDIT_CHECK_FAILED, old, TestEvents.creditCheckFailed(old, later(120)));
        awaitStatus(old, "CREDIT_CHECK_FAILED");

        HttpResponse<String> moved = command(old, "transition", TRANSITION);

        assertThat(moved.statusCode()).isEqualTo(202);
        JsonNode successor = IntakeApi.json(moved);
        String newId = successor.get("enrollmentId").asString();
        assertThat(newId).isNotEqualTo(old);
        assertThat(moved.headers().firstValue("Location")).hasValue("/api/enrollments/" + newId);
        assertThat(successor.get("enrollmentType").asString()).isEqualTo("INDIRECT_RESELLER");
        assertThat(successor.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(successor.get("transitionedFrom").asString()).isEqualTo(old);
        assertThat(successor.get("bank").get("accountLast4").asString()).isEqualTo("4300");
        JsonNode oldView = IntakeApi.json(api.enrollment(old));
        assertThat(oldView.get("status").asString()).isEqualTo("TRANSITIONED");
        assertThat(oldView.get("transitionedTo").asString()).isEqualTo(newId);
        assertThat(lastEntry(oldView).get("reasons").get(0).get("code").asString())
            .isEqualTo("TRANSITIONED_TO_INDIRECT_RESELLER");

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(transitions.valuesWithKey(old)).hasSize(1);
            assertThat(submissions.valuesWithKey(newId)).hasSize(1);
        });
        var transitioned = (EnrollmentTransitioned) transitions.valuesWithKey(old).get(0);
        assertThat(transitioned.getNewEnrollmentId()).isEqualTo(newId);
        assertThat(transitioned.getPreviousStatus()).isEqualTo("CREDIT_CHECK_FAILED");
        assertThat(transitioned.getReason()).isEqualTo("We will buy through a distributor instead.");
        var submitted = (EnrollmentSubmitted) submissions.valuesWithKey(newId).get(0);
        assertThat(submitted.getTransitionedFrom()).isEqualTo(old);
        assertThat(submitted.getEnrollmentType().name()).isEqualTo("INDIRECT_RESELLER");
        assertThat(submitted.getDirectBill()).isNull();
        assertThat(submitted.getTenantId())
            .isEqualTo(((EnrollmentSubmitted) submissions.valuesWithKey(old).get(0)).getTenantId());

        HttpResponse<String> again = command(old, "transition", TRANSITION);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(IntakeApi.json(again).get("enrollmentId").asString()).isEqualTo(newId);
        await().during(QUIET).atMost(QUIET.multipliedBy(3)).untilAsserted(() -> {
            assertThat(transitions.valuesWithKey(old)).hasSize(1);
            assertThat(submissions.valuesWithKey(newId)).hasSize(1);
        });
    }

    @Test
    void twoTransitionsAtOnceStartOneNewEnrollment() throws Exception {
        String old = creditCheckPassed();
        assertThat(command(old, "support-plan", ASFP).statusCode()).isEqualTo(202);
        assertThat(command(old, "agreement", MPA).statusCode()).isEqualTo(202);

        List<HttpResponse<String>> answers = atOnce(4, () -> command(old, "transition", TRANSITION));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 202).containsOnlyOnce(202);
        assertThat(answers).extracting(answer -> IntakeApi.json(answer).get("enrollmentId").asString())
            .containsOnly(IntakeApi.json(answers.get(0)).get("enrollmentId").asString());
        assertThat(mongo.getCollection("enrollments").countDocuments(new org.bson.Document("transitionedFrom", old)))
            .isEqualTo(1);
        await().during(QUIET).atMost(PATIENCE).untilAsserted(() -> assertThat(eventIds(transitions, old)).hasSize(1));
        assertThat(((EnrollmentTransitioned) transitions.valuesWithKey(old).get(0)).getPreviousStatus())
            .isEqualTo("ENROLLED");
    }

    @Test
    void thePlanAndTheAgreementAtOnceCompleteTheEnrollmentOnce() throws Exception {
        String id = creditCheckPassed();

        List<HttpResponse<String>> answers = atOnce(2, new Callable<>() {
            private int calls;

            @Override
            public synchronized HttpResponse<String> call() {
                return calls++ == 0 ? command(id, "support-plan", ASFP) : command(id, "agreement", MPA);
            }
        });

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(202);
        awaitStatus(id, "ENROLLED");
        // Whichever command held the enrollment's publishing ticket, the other one's
        // events go out at once
        // too (on a ticket of its own), not when a sweep comes by: this context sweeps
        // once an hour.
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(eventIds(plans, id)).hasSize(1);
            assertThat(eventIds(agreements, id)).hasSize(1);
            assertThat(eventIds(completions, id)).hasSize(1);
        });
        await().during(QUIET)
            .atMost(QUIET.multipliedBy(3))
            .untilAsserted(() -> assertThat(eventIds(completions, id)).hasSize(1));
        assertThat(IntakeApi.json(api.enrollment(id)).get("history"))
            .filteredOn(entry -> entry.get("status").asString().equals("ENROLLED"))
            .hasSize(1);
    }

    /**
     * The distinct event ids of what was published with {@code key}. Two commands of one
     * enrollment at once may both publish its unpublished events: the records then carry
     * the same event id, and every consumer drops the second (docs/events.md).
     */
    private static Set<String> eventIds(TestKafka.TopicReader<Object> reader, String key) {
        return reader.valuesWithKey(key)
            .stream()
            .map(value -> ((GenericRecord) value).get("metadata"))
            .map(metadata -> ((EventMetadata) metadata).getEventId())
            .collect(Collectors.toSet());
    }

    private String verifiedIndirectReseller() {
        String id = IntakeApi.json(api.submit(Requests.indirectReseller().toString())).get("enrollmentId").asString();
        publishVerified(id, TestEvents.indirectResellerVerified(id, later(60)));
        awaitStatus(id, "VERIFIED");
        return id;
    }

    private String creditCheckPassed() {
        String id = submitDirectBill();
        publishVerified(id, TestEvents.profileVerified(id, later(60)));
        TestKafka.publish(Topics.CREDIT_CHECK_PASSED, id, TestEvents.creditCheckPassed(id, later(120)));
        awaitStatus(id, "CREDIT_CHECK_PASSED");
        return id;
    }

    private String submitDirectBill() {
        return IntakeApi.json(api.submit(Requests.directBill().toString())).get("enrollmentId").asString();
    }

    private static void publishVerified(String id, org.apache.avro.specific.SpecificRecord event) {
        TestKafka.publish(Topics.PROFILE_VERIFIED, id, event);
    }

    /**
     * A status event's time: just after now, so the history shows it before what the
     * partner does next.
     */
    private static Instant later(long millis) {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(millis);
    }

    private HttpResponse<String> command(String id, String command, String body) {
        return api.post("/api/enrollments/" + id + "/" + command, "application/json",
                body.getBytes(StandardCharsets.UTF_8));
    }

    private void awaitStatus(String id, String status) {
        await().atMost(PATIENCE)
            .until(() -> status.equals(IntakeApi.json(api.enrollment(id)).get("status").asString()));
    }

    private static void assertRefused(HttpResponse<String> answer, String code) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(IntakeApi.json(answer).get("code").asString()).isEqualTo(code);
    }

    private static JsonNode lastEntry(JsonNode view) {
        JsonNode history = view.get("history");
        return history.get(history.size() - 1);
    }

    private static List<String> fieldsAndCodes(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
            .map(error -> error.get("field").asString() + " " + error.get("code").asString())
            .toList();
    }

    private static List<HttpResponse<String>> atOnce(int callers, Callable<HttpResponse<String>> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
        finally {
            pool.shutdownNow();
        }
    }

}
