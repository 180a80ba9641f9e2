package csp.enrollment.verification.profile;

import csp.enrollment.verification.directory.MembershipStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MpnLocationRuleTests {

    private final MpnLocationRule rule = new MpnLocationRule();

    @Test
    void passesAnMpnIdForTheCompanysCountry() {
        Check check = rule.check(Candidates.withMembership(ProfileBuilder.directBill().country("nl").build(),
                MembershipStatus.ACTIVE, "NL"));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void rejectsADirectBillMpnIdForAnotherCountry() {
        Check check = rule
            .check(Candidates.withMembership(ProfileBuilder.directBill().build(), MembershipStatus.ACTIVE, "BE"));

        assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(check.code()).isEqualTo("MPN_LOCATION_MISMATCH");
        assertThat(check.message()).contains("BE").contains("NL");
    }

    @Test
    void doesNotApplyToAnIndirectReseller() {
        Check check = rule
            .check(Candidates.withMembership(ProfileBuilder.indirectReseller().build(), MembershipStatus.ACTIVE, "BE"));

        assertThat(check.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void leavesTheLocationOfAnUnknownMpnIdToTheReviewer() {
        Check check = rule.check(Candidates.withoutMembership(ProfileBuilder.directBill().build()));

        assertThat(check.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(check.code()).isNull();
    }

}
