package csp.enrollment.creditcheck.bureau;

import static csp.enrollment.creditcheck.ServiceInstances.api;
import static csp.enrollment.creditcheck.ServiceInstances.newDatabase;
import static csp.enrollment.creditcheck.ServiceInstances.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import csp.enrollment.creditcheck.Decisions;
import csp.enrollment.creditcheck.TestApi;
import csp.enrollment.creditcheck.TestEvents;
import csp.enrollment.creditcheck.check.Applicant;
import csp.enrollment.creditcheck.check.Cause;
import csp.enrollment.creditcheck.check.CreditCheckManagement;
import csp.enrollment.creditcheck.check.CreditCheckRequest;
import csp.enrollment.creditcheck.check.EnrollmentType;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.testinfra.security.TrustTestIdentityProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service in {@code http} mode, asking an external bureau (a real HTTP server started
 * here).
 */
@PipelineInfrastructure
@TrustTestIdentityProvider
class HttpBureauModeIntegrationTests {

    private final AtomicInteger calls = new AtomicInteger();

    private HttpServer externalBureau;

    @BeforeEach
    void startExternalBureau() throws IOException {
        externalBureau = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        externalBureau.createContext("/reports/", exchange -> {
            // Down for the first three calls (one attempt of the service with its
            // retries), then answers.
            boolean down = calls.incrementAndGet() <= 3;
            byte[] body = (down ? "{}" : "{\"score\": 91}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(down ? 503 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        externalBureau.start();
    }

    @AfterEach
    void stopExternalBureau() {
        externalBureau.stop(0);
    }

    @Test
    void decidesWithTheExternalBureauOnceItAnswers() {
        String id = UUID.randomUUID().toString();
        CreditCheckRequest request = new CreditCheckRequest(id, EnrollmentType.DIRECT_BILL,
                new Applicant(TestEvents.newMpnId(), "Northwind Traders Ltd", "GB",
                        new Applicant.Admin("Ann", "Smith", "ann@northwind.co.uk", "en")),
                new Cause(UUID.randomUUID().toString(), id, Instant.now().truncatedTo(ChronoUnit.MILLIS)));

        try (ConfigurableApplicationContext service = start(newDatabase(), "--credit-check.bureau.mode=http",
                "--credit-check.bureau.http.base-url=http://localhost:" + externalBureau.getAddress().getPort(),
                "--credit-check.bureau.http.name=northwind-bureau", "--credit-check.bureau.http.max-retries=2",
                "--credit-check.bureau.http.retry-delay=10ms"); Decisions decisions = new Decisions()) {
            TestApi api = api(service);
            api.client().get().uri("/api/credit-bureau/availability").exchange().expectStatus().isNotFound();

            service.getBean(CreditCheckManagement.class).request(request);

            await().atMost(Duration.ofSeconds(60)).until(() -> !decisions.withKey(id).isEmpty());
            assertThat(decisions.valuesWithKey(id)).singleElement()
                .isInstanceOfSatisfying(CreditCheckPassed.class, passed -> {
                    assertThat(passed.getScore()).isEqualTo(91);
                    assertThat(passed.getBureau()).isEqualTo("northwind-bureau");
                });
            assertThat(api.creditCheck(id).get("attemptCount")).isEqualTo(2);
            assertThat(calls).hasValue(4);
        }
    }

}
