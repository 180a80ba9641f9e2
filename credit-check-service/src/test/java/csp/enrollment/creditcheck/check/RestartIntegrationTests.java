package csp.enrollment.creditcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static csp.enrollment.creditcheck.ServiceInstances.api;
import static csp.enrollment.creditcheck.ServiceInstances.newDatabase;
import static csp.enrollment.creditcheck.ServiceInstances.port;
import static csp.enrollment.creditcheck.ServiceInstances.start;
import static org.awaitility.Awaitility.await;

import csp.enrollment.creditcheck.Decisions;
import csp.enrollment.creditcheck.ServiceInstances;
import csp.enrollment.creditcheck.TestApi;
import csp.enrollment.creditcheck.TestEvents;
import csp.enrollment.creditcheck.bureau.BureauAnswer;
import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.messaging.EventIds;
import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.work.WorkQueue;
import csp.enrollment.testinfra.security.TrustTestIdentityProvider;
import csp.enrollment.testinfra.TestInfrastructure;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service as it is run: started with its main builder, stopped, started again (see
 * {@link ServiceInstances}).
 */
@PipelineInfrastructure
@TrustTestIdentityProvider
@ExtendWith(OutputCaptureExtension.class)
class RestartIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void completesACheckLeftWaitingByAStoppedInstance() {
        String database = newDatabase();
        CreditCheckRequest request = directBillRequest();
        String id = request.enrollmentId();

        try (ConfigurableApplicationContext first = start(database)) {
            TestApi api = api(first);
            api.storeReport(request.applicant().mpnId(), "{\"score\": 88}");
            api.setBureauAvailable(false);
            first.getBean(CreditCheckManagement.class).request(request);
            await().atMost(TIMEOUT)
                .until(() -> api.creditCheck(id), check -> check != null && "WAITING".equals(check.get("state")));
        }

        try (ConfigurableApplicationContext second = start(database); Decisions decisions = new Decisions()) {
            TestApi api = api(second);
            assertThat(api.creditCheck(id)).containsEntry("state", "WAITING");

            api.setBureauAvailable(true);

            await().atMost(TIMEOUT).until(() -> !decisions.withKey(id).isEmpty());
            await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> decisions.withKey(id).size() == 1);
            assertThat(decisions.valuesWithKey(id).get(0)).isInstanceOfSatisfying(CreditCheckPassed.class,
                    passed -> assertThat(passed.getScore()).isEqualTo(88));
            await().atMost(TIMEOUT)
                .untilAsserted(() -> assertThat(api.creditCheck(id)).containsEntry("state", "DECIDED")
                    .containsKey("publishedAt"));
        }
    }

    @Test
    void publishesADecisionStoredButNotPublishedBeforeACrashWithItsOwnEventId() {
        String database = newDatabase();
        CreditCheckRequest request = directBillRequest();
        String id = request.enrollmentId();
        CreditCheck decided = CreditCheck.requested(request, Instant.now());
        decided.recordAnswer(BureauAnswer.score(12), "simulated-bureau", new CreditPolicy(60), Duration.ofHours(1),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        // The instance stored its ticket and the decision, then died before the event was
        // out.
        try (ConfigurableApplicationContext crashed = start(database)) {
            crashed.getBean(WorkQueue.class).reserve(CreditCheckWork.ASK_BUREAU, List.of(id));
            crashed.getBean(CreditChecks.class).insert(decided);
        }

        try (ConfigurableApplicationContext service = start(database); Decisions decisions = new Decisions()) {
            await().atMost(TIMEOUT).until(() -> !decisions.withKey(id).isEmpty());
            await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> decisions.withKey(id).size() == 1);
            assertThat(decisions.valuesWithKey(id).get(0)).isInstanceOfSatisfying(CreditCheckFailed.class, failed -> {
                assertThat(failed.getMetadata().getEventId())
                    .isEqualTo(EventIds.derived(request.cause().eventId(), "CreditCheckFailed"));
                assertThat(failed.getMetadata().getOccurredAt())
                    .isEqualTo(decided.decision().orElseThrow().decidedAt());
                assertThat(failed.getScore()).isEqualTo(12);
            });
            await().atMost(TIMEOUT)
                .untilAsserted(() -> assertThat(api(service).creditCheck(id)).containsKey("publishedAt"));
        }
    }

    @Test
    void reportsACheckStillWaitingAfterTheDeadlineAsOverdueOnce(CapturedOutput output) {
        CreditCheckRequest request = directBillRequest();
        String id = request.enrollmentId();
        String warning = "Credit check for enrollment " + id + " is overdue";

        try (ConfigurableApplicationContext service = start(newDatabase(), "--credit-check.overdue-after=PT1S")) {
            TestApi api = api(service);
            api.setBureauAvailable(false);
            service.getBean(CreditCheckManagement.class).request(request);

            await().atMost(TIMEOUT)
                .untilAsserted(() -> api.client()
                    .get()
                    .uri("/api/credit-checks?overdue=true")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$[0].enrollmentId")
                    .isEqualTo(id)
                    .jsonPath("$[0].overdue")
                    .isEqualTo(true)
                    .jsonPath("$[0].state")
                    .isEqualTo("WAITING"));
            await().atMost(TIMEOUT).until(() -> output.getOut().contains(warning));
            await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> occurrences(output.getOut(), warning) == 1);
            assertThat(api.creditCheck(id)).containsEntry("overdue", true);
        }
    }

    @Test
    void startsWithItsOwnConfigurationReportsUpAndStopsCleanly() throws Exception {
        ConfigurableApplicationContext service = start(newDatabase());
        int port = port(service);
        assertThat(service.getEnvironment().getProperty("spring.application.name")).isEqualTo("credit-check-service");
        assertThat(service.getEnvironment().getProperty("credit-check.overdue-after")).isEqualTo("P5D");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
            .build();
        HttpResponse<String> up = http.send(health, HttpResponse.BodyHandlers.ofString());
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("\"status\":\"UP\"");

        service.close();

        assertThat(service.isActive()).isFalse();
        assertThatThrownBy(() -> http.send(health, HttpResponse.BodyHandlers.ofString()))
            .isInstanceOf(ConnectException.class);
    }

    private static CreditCheckRequest directBillRequest() {
        String id = UUID.randomUUID().toString();
        return new CreditCheckRequest(id, EnrollmentType.DIRECT_BILL,
                new Applicant(TestEvents.newMpnId(), "Fabrikam B.V.", "NL",
                        new Applicant.Admin("Jan", "Jansen", "jan@fabrikam.nl", null)),
                new Cause(UUID.randomUUID().toString(), id, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

}
