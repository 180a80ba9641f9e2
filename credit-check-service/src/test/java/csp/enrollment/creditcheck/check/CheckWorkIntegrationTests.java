package csp.enrollment.creditcheck.check;

import static csp.enrollment.creditcheck.ServiceInstances.api;
import static csp.enrollment.creditcheck.ServiceInstances.newDatabase;
import static csp.enrollment.creditcheck.ServiceInstances.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import csp.enrollment.creditcheck.Decisions;
import csp.enrollment.creditcheck.TestApi;
import csp.enrollment.creditcheck.TestEvents;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.work.WorkQueue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How stored checks are worked (work-support): at once when stored, again after the
 * shared back-off when the bureau fails, and by the sweep when an instance died between
 * storing and starting.
 */
@PipelineInfrastructure
class CheckWorkIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aStoredCheckIsDecidedAndPublishedWithoutWaitingForTheSweep() {
        CreditCheckRequest request = directBillRequest();
        String id = request.enrollmentId();

        try (ConfigurableApplicationContext service = start(newDatabase(), "--pipeline.work.sweep-interval=1h");
                Decisions decisions = new Decisions()) {
            TestApi api = api(service);
            api.storeReport(request.applicant().mpnId(), "{\"score\": 75}");

            service.getBean(CreditCheckManagement.class).request(request);

            await().atMost(Duration.ofSeconds(10)).until(() -> decisions.withKey(id).size() == 1);
            assertThat(decisions.valuesWithKey(id).get(0)).isInstanceOf(CreditCheckPassed.class);
            await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api.creditCheck(id)).containsEntry("state", "DECIDED")
                    .containsKey("publishedAt"));
            await().atMost(Duration.ofSeconds(10))
                .until(() -> service.getBean(WorkQueue.class).pending(CreditCheckWork.ASK_BUREAU) == 0);
        }
    }

    @Test
    void anUnreachableBureauIsAskedAgainAfterAGrowingBackOffUntilItAnswers() {
        CreditCheckRequest request = directBillRequest();
        String id = request.enrollmentId();

        try (ConfigurableApplicationContext service = start(newDatabase()); Decisions decisions = new Decisions()) {
            TestApi api = api(service);
            api.storeReport(request.applicant().mpnId(), "{\"score\": 75}");
            api.setBureauAvailable(false);
            service.getBean(CreditCheckManagement.class).request(request);

            await().atMost(TIMEOUT).until(() -> (Integer) api.creditCheck(id).get("attemptCount") >= 3);
            api.setBureauAvailable(true);
            await().atMost(TIMEOUT).until(() -> decisions.withKey(id).size() == 1);

            List<Instant> askedAt = service.getBean(CreditCheckManagement.class)
                .find(id)
                .orElseThrow()
                .attempts()
                .stream()
                .map(Attempt::at)
                .toList();
            // back-off of the test instances: 100 ms, 200 ms, 400 ms, at most 500 ms
            assertThat(Duration.between(askedAt.get(0), askedAt.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(100));
            assertThat(Duration.between(askedAt.get(1), askedAt.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(service.getBean(CreditCheckManagement.class).find(id).orElseThrow().attempts())
                .extracting(Attempt::outcome)
                .startsWith(Attempt.Outcome.BUREAU_UNAVAILABLE, Attempt.Outcome.BUREAU_UNAVAILABLE,
                        Attempt.Outcome.BUREAU_UNAVAILABLE)
                .endsWith(Attempt.Outcome.SCORE);
        }
    }

    @Test
    void aCheckWhoseInstanceDiedBeforeStartingItIsRecoveredByTheSweep() {
        String database = newDatabase();
        CreditCheckRequest request = directBillRequest();
        String id = request.enrollmentId();

        // reserved and stored, never started: the instance died in between
        try (ConfigurableApplicationContext crashed = start(database)) {
            crashed.getBean(WorkQueue.class).reserve(CreditCheckWork.ASK_BUREAU, List.of(id));
            crashed.getBean(CreditChecks.class).insert(CreditCheck.requested(request, Instant.now()));
        }

        try (ConfigurableApplicationContext survivor = start(database); Decisions decisions = new Decisions()) {
            await().atMost(TIMEOUT).until(() -> decisions.withKey(id).size() == 1);
            await().atMost(TIMEOUT)
                .untilAsserted(() -> assertThat(api(survivor).creditCheck(id)).containsEntry("state", "DECIDED")
                    .containsEntry("attemptCount", 1)
                    .containsKey("publishedAt"));
        }
    }

    @Test
    void anOverdueTimerOfACheckDecidedInTimeReportsNothing() {
        CreditCheckRequest request = directBillRequest();
        String id = request.enrollmentId();

        try (ConfigurableApplicationContext service = start(newDatabase(), "--credit-check.overdue-after=PT1S")) {
            service.getBean(CreditCheckManagement.class).request(request);
            WorkQueue work = service.getBean(WorkQueue.class);

            await().atMost(TIMEOUT)
                .until(() -> work.pending(CreditCheckWork.ASK_BUREAU) == 0
                        && work.pending(CreditCheckWork.REPORT_OVERDUE) == 0);
            assertThat(api(service).creditCheck(id)).containsEntry("state", "DECIDED").containsEntry("overdue", false);
            assertThat(service.getBean(CreditCheckManagement.class).find(id).orElseThrow().overdueReportedAt())
                .isEmpty();
        }
    }

    private static CreditCheckRequest directBillRequest() {
        String id = UUID.randomUUID().toString();
        return new CreditCheckRequest(id, EnrollmentType.DIRECT_BILL,
                new Applicant(TestEvents.newMpnId(), "Fabrikam B.V.", "NL",
                        new Applicant.Admin("Jan", "Jansen", "jan@fabrikam.nl", null)),
                new Cause(UUID.randomUUID().toString(), id, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    }

}
