package csp.enrollment.verification.profile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectBillWarningsTests {

    @Test
    void warnsAboutASupportPlanBoughtBeforeTheCreditCheck() {
        Check check = new SupportPlanTimingWarning()
            .check(Candidates.active(ProfileBuilder.directBill().supportPlanPurchased(true).build()));

        assertThat(check.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(check.code()).isEqualTo("SUPPORT_PLAN_BEFORE_CREDIT_CHECK");
    }

    @Test
    void saysNothingWhenNoSupportPlanWasBought() {
        Check check = new SupportPlanTimingWarning()
            .check(Candidates.active(ProfileBuilder.directBill().supportPlanPurchased(false).build()));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void recommendsAManagedServiceWhenNoneIsOffered() {
        Check check = new ManagedServiceRecommendation()
            .check(Candidates.active(ProfileBuilder.directBill().managedServices().build()));

        assertThat(check.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(check.code()).isEqualTo("MANAGED_SERVICE_RECOMMENDED");
    }

    @Test
    void treatsBlankManagedServiceNamesAsNone() {
        Check check = new ManagedServiceRecommendation()
            .check(Candidates.active(ProfileBuilder.directBill().managedServices(" ").build()));

        assertThat(check.code()).isEqualTo("MANAGED_SERVICE_RECOMMENDED");
    }

    @Test
    void passesWhenAManagedServiceIsOffered() {
        Check check = new ManagedServiceRecommendation()
            .check(Candidates.active(ProfileBuilder.directBill().managedServices("Managed backup").build()));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void doNotWarnAnIndirectReseller() {
        Candidate reseller = Candidates.active(ProfileBuilder.indirectReseller().build());

        assertThat(new SupportPlanTimingWarning().check(reseller).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(new ManagedServiceRecommendation().check(reseller).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

}
