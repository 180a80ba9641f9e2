package csp.enrollment.creditcheck.check;

import static csp.enrollment.creditcheck.check.CreditChecksFixtures.directBill;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import csp.enrollment.creditcheck.bureau.BureauAnswer;
import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.testinfra.TestInfrastructure;
import csp.enrollment.work.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The stored checks on the real MongoDB wire-protocol server: bulk reads, conditional
 * writes, publication, overdue reports.
 */
@PipelineInfrastructure
class CreditChecksIntegrationTests {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private final CreditPolicy policy = new CreditPolicy(60);

    private final RetryDelay backoff = new Backoff(Duration.ofSeconds(1), 2, Duration.ofMinutes(5))::after;

    private MongoClient client;

    private CreditChecks checks;

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestInfrastructure.get().mongoUri());
        checks = new CreditChecks(
                new MongoTemplate(client, "credit_checks_" + UUID.randomUUID().toString().substring(0, 8)));
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void storesOneCheckPerEnrollment() {
        assertThat(checks.insert(CreditCheck.requested(directBill("e1"), T0))).isTrue();
        assertThat(checks.insert(CreditCheck.requested(directBill("e1"), T0.plusSeconds(5)))).isFalse();

        assertThat(checks.find("e1")).get().extracting(CreditCheck::requestedAt).isEqualTo(T0);
    }

    @Test
    void keepsEverythingAboutACheck() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);
        check.recordBureauUnavailable("down", backoff, T0);
        check.recordAnswer(BureauAnswer.noRecord(), "bureau", policy, Duration.ofHours(1), T0.plusSeconds(1));
        checks.insert(check);

        CreditCheck stored = checks.find("e1").orElseThrow();

        assertThat(stored).usingRecursiveComparison().isEqualTo(check);
    }

    @Test
    void readsSeveralChecksInOneGoAndLeavesUnknownOnesOut() {
        checks.insert(CreditCheck.requested(directBill("e1"), T0));
        checks.insert(CreditCheck.requested(directBill("e2"), T0));

        assertThat(checks.findAll(List.of("e1", "e2", "unknown"))).containsOnlyKeys("e1", "e2");
    }

    @Test
    void storesWhatTheBureauSaidUntilTheCheckIsDecided() {
        checks.insert(CreditCheck.requested(directBill("e1"), T0));
        CreditCheck waiting = checks.find("e1").orElseThrow();
        waiting.recordBureauUnavailable("down", backoff, T0);

        assertThat(checks.saveWork(waiting)).isTrue();
        assertThat(checks.find("e1").orElseThrow().state()).isEqualTo(CreditCheckState.WAITING);
        assertThat(checks.find("e1").orElseThrow().nextAttemptAt()).contains(T0.plusSeconds(1));
    }

    @Test
    void aDecisionStoredFirstIsNotOverwrittenByALateInstance() {
        checks.insert(CreditCheck.requested(directBill("e1"), T0));
        CreditCheck slow = checks.find("e1").orElseThrow();
        CreditCheck other = checks.find("e1").orElseThrow();
        other.recordAnswer(BureauAnswer.score(90), "bureau", policy, Duration.ofHours(1), T0.plusSeconds(1));
        slow.recordAnswer(BureauAnswer.score(10), "bureau", policy, Duration.ofHours(1), T0.plusSeconds(2));

        assertThat(checks.saveWork(other)).isTrue();
        assertThat(checks.saveWork(slow)).isFalse();
        assertThat(checks.find("e1").orElseThrow().decision().orElseThrow().score()).isEqualTo(90);
    }

    @Test
    void recordsADecisionPublished() {
        CreditCheck decided = CreditCheck.requested(directBill("e1"), T0);
        decided.recordAnswer(BureauAnswer.score(70), "bureau", policy, Duration.ofHours(1), T0);
        checks.insert(decided);
        assertThat(checks.find("e1").orElseThrow().awaitsPublication()).isTrue();

        checks.markPublished(List.of("e1"), T0.plusSeconds(1));
        checks.markPublished(List.of("e1"), T0.plusSeconds(9));

        assertThat(checks.find("e1").orElseThrow().publishedAt()).contains(T0.plusSeconds(1));
        assertThat(checks.find("e1").orElseThrow().awaitsPublication()).isFalse();
    }

    @Test
    void marksEachOverdueCheckReportedOnceAndNeverADecidedOne() {
        checks.insert(CreditCheck.requested(directBill("e1"), T0));
        checks.insert(CreditCheck.requested(directBill("e2"), T0.plusSeconds(10)));
        CreditCheck decided = CreditCheck.requested(directBill("e3"), T0);
        decided.recordAnswer(BureauAnswer.score(70), "bureau", policy, Duration.ofHours(1), T0);
        checks.insert(decided);

        assertThat(checks.markOverdueReported("e1", T0.plusSeconds(20))).isTrue();
        assertThat(checks.markOverdueReported("e1", T0.plusSeconds(21))).isFalse();
        assertThat(checks.markOverdueReported("e3", T0.plusSeconds(20))).isFalse();
        assertThat(checks.find("e1").orElseThrow().overdueReportedAt()).contains(T0.plusSeconds(20));
        assertThat(checks.undecidedSince(T0.plusSeconds(5), 10)).extracting(CreditCheck::enrollmentId)
            .containsExactly("e1");
    }

}
