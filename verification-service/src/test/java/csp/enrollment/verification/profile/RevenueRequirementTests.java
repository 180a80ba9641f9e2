package csp.enrollment.verification.profile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevenueRequirementTests {

    private final RevenueRequirement rule = new RevenueRequirement();

    @Test
    void passesRevenueOfExactlyTheMinimum() {
        Check check = rule.check(Candidates.active(ProfileBuilder.directBill().cloudRevenue("300000.00").build()));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void rejectsRevenueJustBelowTheMinimum() {
        Check check = rule.check(Candidates.active(ProfileBuilder.directBill().cloudRevenue("299999.99").build()));

        assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(check.code()).isEqualTo("REVENUE_BELOW_MINIMUM");
        assertThat(check.field()).isEqualTo("directBill.cspCloudRevenueTtmUsd");
        assertThat(check.message()).contains("299,999.99").contains("300,000.00");
    }

    @Test
    void doesNotCountPerpetualSoftwareTowardsTheMinimum() {
        Check check = rule.check(Candidates
            .active(ProfileBuilder.directBill().cloudRevenue("299999.99").perpetualRevenue("500000.00").build()));

        assertThat(check.code()).isEqualTo("REVENUE_BELOW_MINIMUM");
    }

    @Test
    void rejectsADirectBillApplicationWithoutDeclarations() {
        Check check = rule.check(Candidates.active(ProfileBuilder.directBill().withoutDeclaration().build()));

        assertThat(check.code()).isEqualTo("REVENUE_BELOW_MINIMUM");
    }

    @Test
    void rejectsMissingRevenue() {
        Check check = rule.check(Candidates.active(ProfileBuilder.directBill().cloudRevenue(null).build()));

        assertThat(check.code()).isEqualTo("REVENUE_BELOW_MINIMUM");
    }

    @Test
    void doesNotApplyToAnIndirectReseller() {
        Check check = rule.check(Candidates.active(ProfileBuilder.indirectReseller().build()));

        assertThat(check.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

}
