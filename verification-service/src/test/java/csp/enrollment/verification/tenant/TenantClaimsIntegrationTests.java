package csp.enrollment.verification.tenant;

import csp.enrollment.verification.support.VerificationIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant claims on the real MongoDB wire-protocol server: one holder per tenant,
 * however many instances claim at once.
 */
@VerificationIntegrationTest
class TenantClaimsIntegrationTests {

    @Autowired
    MongoTenantClaims claims;

    @Autowired
    MongoTemplate mongo;

    private final String run = UUID.randomUUID().toString();

    @Test
    void concurrentClaimsForOneTenantLeaveExactlyOneHolder() throws Exception {
        String tenant = newTenant();
        int applications = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(applications);
        try {
            List<Future<TenantClaim>> answers = new ArrayList<>();
            for (int i = 0; i < applications; i++) {
                String enrollmentId = "concurrent-" + i + "-" + UUID.randomUUID();
                Callable<TenantClaim> claim = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return claims.claim(tenant, enrollmentId, null);
                };
                answers.add(threads.submit(claim));
            }
            start.countDown();
            List<TenantClaim> results = new ArrayList<>();
            for (Future<TenantClaim> answer : answers) {
                results.add(answer.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn(result -> result.is(TenantClaim.Status.HELD)).hasSize(1);
            String winner = results.stream()
                .filter(result -> result.is(TenantClaim.Status.HELD))
                .findFirst()
                .orElseThrow()
                .holder();
            assertThat(results).filteredOn(result -> result.is(TenantClaim.Status.TAKEN))
                .hasSize(applications - 1)
                .allSatisfy(result -> assertThat(result.holder()).isEqualTo(winner));
            assertThat(claimsOf(tenant)).containsExactly(winner);
        }
        finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theHolderClaimingAgainHoldsItStill() {
        String tenant = newTenant();
        claims.claim(tenant, id("first"), null);

        assertThat(claims.claim(tenant, id("first"), null)).isEqualTo(TenantClaim.held(tenant, id("first")));
        assertThat(claims.claim(tenant, id("second"), null)).isEqualTo(TenantClaim.takenBy(tenant, id("first")));
        assertThat(claimsOf(tenant)).containsExactly(id("first"));
    }

    @Test
    void aReleaseDeletesOnlyTheClaimTheEnrollmentHolds() {
        String tenant = newTenant();
        String holder = "holder-" + UUID.randomUUID();
        claims.claim(tenant, holder, null);

        claims.release(List.of("not-the-holder-" + UUID.randomUUID()), EndOfEnrollment.PROFILE_REJECTED);
        assertThat(claimsOf(tenant)).containsExactly(holder);

        claims.release(List.of(holder), EndOfEnrollment.CREDIT_CHECK_FAILED);
        assertThat(claimsOf(tenant)).isEmpty();
        assertThat(claims.holderOf(tenant, id("anyone"))).isEqualTo(TenantClaim.free(tenant));
    }

    @Test
    void anEndedEnrollmentDoesNotClaimItsTenantAgain() {
        String tenant = newTenant();
        String ended = "ended-" + UUID.randomUUID();
        claims.claim(tenant, ended, null);
        claims.release(List.of(ended), EndOfEnrollment.CREDIT_CHECK_FAILED);

        assertThat(claims.claim(tenant, ended, null)).isEqualTo(TenantClaim.free(tenant));

        assertThat(claimsOf(tenant)).isEmpty();
        assertThat(claims.claim(tenant, id("next"), null)).isEqualTo(TenantClaim.held(tenant, id("next")));
    }

    @Test
    void aTransitionTakesOverTheClaimOfTheEnrollmentItContinuesButNotAnotherOne() {
        String tenant = newTenant();
        claims.claim(tenant, id("direct-bill"), null);

        assertThat(claims.claim(tenant, id("indirect"), id("direct-bill")))
            .isEqualTo(TenantClaim.held(tenant, id("indirect")));
        assertThat(claimsOf(tenant)).containsExactly(id("indirect"));

        String otherTenant = newTenant();
        claims.claim(otherTenant, id("unrelated"), null);
        assertThat(claims.claim(otherTenant, id("indirect-2"), id("direct-bill-2")))
            .isEqualTo(TenantClaim.takenBy(otherTenant, id("unrelated")));
        assertThat(claimsOf(otherTenant)).containsExactly(id("unrelated"));
    }

    @Test
    void aTransitionClaimsAFreeTenant() {
        String tenant = newTenant();

        assertThat(claims.claim(tenant, id("indirect"), id("direct-bill-released")))
            .isEqualTo(TenantClaim.held(tenant, id("indirect")));
    }

    @Test
    void aTransitionPassesTheClaimOnWhicheverComesFirstAndAgainChangesNothing() {
        String transitionedFirst = newTenant();
        claims.claim(transitionedFirst, id("old-1"), null);
        claims.passOn(id("old-1"), id("new-1"));
        assertThat(claimsOf(transitionedFirst)).containsExactly(id("new-1"));
        assertThat(claims.claim(transitionedFirst, id("new-1"), id("old-1")))
            .isEqualTo(TenantClaim.held(transitionedFirst, id("new-1")));

        String submittedFirst = newTenant();
        claims.claim(submittedFirst, id("old-2"), null);
        claims.claim(submittedFirst, id("new-2"), id("old-2"));
        claims.passOn(id("old-2"), id("new-2"));
        claims.passOn(id("old-2"), id("new-2"));
        assertThat(claimsOf(submittedFirst)).containsExactly(id("new-2"));

        // the old enrollment's submission again: it has ended and claims nothing
        assertThat(claims.claim(submittedFirst, id("old-2"), null))
            .isEqualTo(TenantClaim.takenBy(submittedFirst, id("new-2")));
        assertThat(claimsOf(submittedFirst)).containsExactly(id("new-2"));
    }

    @Test
    void aTransitionWhoseNewEnrollmentWasRejectedFreesTheTenant() {
        String tenant = newTenant();
        claims.claim(tenant, id("old-3"), null);
        claims.release(List.of(id("new-3")), EndOfEnrollment.PROFILE_REJECTED);

        claims.passOn(id("old-3"), id("new-3"));

        assertThat(claimsOf(tenant)).isEmpty();
    }

    private List<String> claimsOf(String tenant) {
        return mongo.getCollection(MongoTenantClaims.CLAIMS)
            .find(new Document("_id", tenant))
            .map(claim -> claim.getString(MongoTenantClaims.HOLDER))
            .into(new ArrayList<>());
    }

    /**
     * Enrollment ids of this run: the tombstones of ended enrollments stay in the
     * database.
     */
    private String id(String name) {
        return name + "-" + run;
    }

    private static String newTenant() {
        return UUID.randomUUID().toString();
    }

}
