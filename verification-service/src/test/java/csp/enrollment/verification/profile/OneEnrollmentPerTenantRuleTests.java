package csp.enrollment.verification.profile;

import csp.enrollment.verification.tenant.TenantClaim;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OneEnrollmentPerTenantRuleTests {

    private static final String TENANT = "6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6f";

    private final OneEnrollmentPerTenantRule rule = new OneEnrollmentPerTenantRule();

    @Test
    void passesATenantThisEnrollmentHolds() {
        Check check = rule.check(candidate(ProfileBuilder.directBill().tenantId(TENANT).build(),
                TenantClaim.held(TENANT, "enrollment-1")));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(check.code()).isNull();
    }

    @Test
    void passesAFreeTenant() {
        Check check = rule
            .check(candidate(ProfileBuilder.directBill().tenantId(TENANT).build(), TenantClaim.free(TENANT)));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void rejectsATenantAnotherEnrollmentHolds() {
        Check check = rule.check(candidate(ProfileBuilder.directBill().tenantId(TENANT).build(),
                TenantClaim.takenBy(TENANT, "other-partner-enrollment")));

        assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(check.code()).isEqualTo(ReasonCodes.TENANT_ALREADY_ENROLLED);
        assertThat(check.field()).isEqualTo("tenantId");
        assertThat(check.message()).contains(TENANT, "one CSP enrollment only")
            .as("never names the other enrollment: it may be another partner's")
            .doesNotContain("other-partner-enrollment");
    }

    @Test
    void exemptsATransitionWhoeverHoldsTheTenant() {
        Profile transition = ProfileBuilder.indirectReseller()
            .tenantId(TENANT)
            .transitionedFrom("direct-bill-1")
            .build();

        Check check = rule.check(candidate(transition, TenantClaim.takenBy(TENANT, "someone-else")));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(check.message()).contains("direct-bill-1", "exempt");
    }

    @Test
    void doesNotApplyWithoutATenant() {
        Check check = rule
            .check(candidate(ProfileBuilder.directBill().tenantId(null).build(), TenantClaim.notChecked()));

        assertThat(check.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void comparesTenantsInLowerCase() {
        assertThat(ProfileBuilder.directBill().tenantId(" 6F1C3A2E-8D0B-4C59-9A57-1B2F3C4D5E6F ").build().tenantId())
            .isEqualTo(TENANT);
    }

    private static Candidate candidate(Profile profile, TenantClaim claim) {
        return new Candidate(profile, Optional.empty(), claim);
    }

}
