package csp.enrollment.localstack.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import csp.enrollment.localstack.faults.FaultSettings.Scenario;

/**
 * The fault scenarios that need no process kill, as {@code --faults} runs them, on one
 * stack in this JVM with smaller sizes: an SMTP outage, a credit bureau outage, poison on
 * every input topic and hostile HTTP requests. The kill -9 scenario needs the built jar:
 * run it with
 * {@code java -jar local-stack/target/local-stack.jar --faults --fault-scenarios=kill}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class FaultScenariosIntegrationTests {

    /**
     * Shorter listener back-off than the services' 0.5 s to 10 s over six retries: a
     * record of the wrong type is still retried and then dead-lettered, only sooner.
     */
    private static final Map<String, String> QUICK_RETRIES = Map.of("pipeline.messaging.retry.initial-interval",
            "100ms", "pipeline.messaging.retry.max-interval", "400ms");

    @TempDir
    static Path dataDir;

    private static InProcessStack stack;

    private static FaultSettings settings;

    private static final Progress progress = new Progress(System.out);

    @BeforeAll
    static void startTheStack() {
        QUICK_RETRIES.forEach(System::setProperty);
        try {
            stack = InProcessStack.start(dataDir.resolve("stack"));
        }
        finally {
            QUICK_RETRIES.keySet().forEach(System::clearProperty);
        }
        settings = new FaultSettings(dataDir, Set.of(Scenario.values()), 0, 12, 1, Duration.ofSeconds(8),
                Duration.ofSeconds(120), Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void everyEmailArrivesExactlyOnceAfterAnSmtpOutage() throws Exception {
        assertPassed(new SmtpOutageScenario(stack, settings, progress).run());
    }

    @Test
    @Order(2)
    void everyCreditCheckCompletesOnceAfterTheBureauWasDown() throws Exception {
        assertPassed(new BureauOutageScenario(stack, settings, progress).run());
    }

    @Test
    @Order(3)
    void poisonOnEveryInputTopicIsDeadLetteredWithItsCauseAndThePipelineGoesOn() throws Exception {
        ScenarioResult result = new PoisonRecordScenario(stack, settings, progress).run();

        assertPassed(result);
        int deadLettersExpected = PoisonRecordScenario.CONSUMERS.values()
            .stream()
            .mapToInt(groups -> groups.size())
            .sum() * PoisonRecordScenario.Poison.values().length;
        assertThat(result.deadLettered()).isEqualTo(deadLettersExpected);
    }

    @Test
    @Order(4)
    void hostileRequestsGetProblemDocumentsNeverA5xxAndNothingIsStored() throws Exception {
        ScenarioResult result = new HostileRequestScenario(stack, settings, progress).run();

        assertPassed(result);
        assertThat(result.applications()).isGreaterThanOrEqualTo(50);
    }

    private static void assertPassed(ScenarioResult result) {
        assertThat(result.failures()).as(result.scenario() + " (notes: " + result.notes() + ")").isEmpty();
        assertThat(result.lost()).as("lost").isZero();
        assertThat(result.duplicatedEmails()).as("duplicated e-mails").isZero();
        assertThat(result.serverErrors()).as("5xx answers").isZero();
    }

}
