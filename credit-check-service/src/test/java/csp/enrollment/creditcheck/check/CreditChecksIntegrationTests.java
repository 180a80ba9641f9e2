package csp.enrollment.creditcheck.check;

import static csp.enrollment.creditcheck.check.CreditChecksFixtures.directBill;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import csp.enrollment.creditcheck.bureau.BureauAnswer;
import csp.enrollment.creditcheck.check.CreditChecks.Claimed;
import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.testinfra.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The stored checks on the real MongoDB wire-protocol server: claims, leases, publication, overdue reports. */
@PipelineInfrastructure
class CreditChecksIntegrationTests {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final CreditPolicy policy = new CreditPolicy(60);
    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), 2, Duration.ofMinutes(5));
    private MongoClient client;
    private CreditChecks checks;

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestInfrastructure.get().mongoUri());
        checks = new CreditChecks(new MongoTemplate(client, "credit_checks_" + UUID.randomUUID().toString().substring(0, 8)));
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
    void letsOnlyOneWorkerClaimADueCheck() {
        checks.insert(CreditCheck.requested(directBill("e1"), T0));

        Optional<Claimed> first = checks.claimDue(T0, LEASE);
        Optional<Claimed> second = checks.claimDue(T0.plusSeconds(1), LEASE);

        assertThat(first).get().extracting(claimed -> claimed.check().enrollmentId()).isEqualTo("e1");
        assertThat(second).isEmpty();
    }

    @Test
    void doesNotClaimACheckBeforeItsNextAttempt() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);
        check.recordAnswer(BureauAnswer.pending(), "bureau", policy, Duration.ofHours(1), T0);
        checks.insert(check);

        assertThat(checks.claimDue(T0.plusSeconds(3599), LEASE)).isEmpty();
        assertThat(checks.claimDue(T0.plusSeconds(3600), LEASE)).isPresent();
    }

    @Test
    void handsTheCheckToAnotherWorkerWhenTheLeaseExpiresAndIgnoresTheLateWorker() {
        checks.insert(CreditCheck.requested(directBill("e1"), T0));
        Claimed slow = checks.claimDue(T0, LEASE).orElseThrow();

        Claimed other = checks.claimDue(T0.plus(LEASE), LEASE).orElseThrow();
        slow.check().recordAnswer(BureauAnswer.score(10), "bureau", policy, Duration.ofHours(1), T0.plus(LEASE));
        other.check().recordAnswer(BureauAnswer.score(90), "bureau", policy, Duration.ofHours(1), T0.plus(LEASE));

        assertThat(checks.saveWork(slow)).isFalse();
        assertThat(checks.saveWork(other)).isTrue();
        assertThat(checks.find("e1").orElseThrow().decision().orElseThrow().score()).isEqualTo(90);
    }

    @Test
    void releasesAnUndecidedCheckAfterWork() {
        checks.insert(CreditCheck.requested(directBill("e1"), T0));
        Claimed claimed = checks.claimDue(T0, LEASE).orElseThrow();
        claimed.check().recordBureauUnavailable("down", backoff, T0);

        checks.saveWork(claimed);

        assertThat(checks.claimDue(T0.plusSeconds(1), LEASE)).isPresent();
        assertThat(checks.find("e1").orElseThrow().state()).isEqualTo(CreditCheckState.WAITING);
    }

    @Test
    void offersADecisionForPublicationUntilMarkedPublished() {
        checks.insert(CreditCheck.requested(directBill("e1"), T0));
        Claimed decided = checks.claimDue(T0, LEASE).orElseThrow();
        decided.check().recordAnswer(BureauAnswer.score(70), "bureau", policy, Duration.ofHours(1), T0);
        checks.saveWork(decided);

        // The deciding worker still holds the lease: nobody else publishes meanwhile.
        assertThat(checks.claimUnpublished(T0.plusSeconds(1), LEASE)).isEmpty();
        Claimed orphan = checks.claimUnpublished(T0.plus(LEASE), LEASE).orElseThrow();
        checks.markPublished(orphan, T0.plus(LEASE));

        assertThat(checks.claimUnpublished(T0.plus(LEASE.multipliedBy(3)), LEASE)).isEmpty();
        assertThat(checks.claimDue(T0.plus(LEASE.multipliedBy(3)), LEASE)).isEmpty();
        assertThat(checks.find("e1").orElseThrow().publishedAt()).contains(T0.plus(LEASE));
    }

    @Test
    void reportsEachOverdueCheckOnce() {
        checks.insert(CreditCheck.requested(directBill("e1"), T0));
        checks.insert(CreditCheck.requested(directBill("e2"), T0.plusSeconds(10)));

        Optional<CreditCheck> first = checks.claimOverdueReport(T0.plusSeconds(5), T0.plusSeconds(20));
        Optional<CreditCheck> again = checks.claimOverdueReport(T0.plusSeconds(5), T0.plusSeconds(21));

        assertThat(first).get().extracting(CreditCheck::enrollmentId).isEqualTo("e1");
        assertThat(again).isEmpty();
        assertThat(checks.undecidedSince(T0.plusSeconds(5), 10)).extracting(CreditCheck::enrollmentId)
                .containsExactly("e1");
    }
}
