package csp.enrollment.verification.profile;

import csp.enrollment.verification.directory.MembershipStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MpnMembershipRuleTests {

    private final MpnMembershipRule rule = new MpnMembershipRule();

    @Test
    void passesAnActiveMembership() {
        Check check = rule.check(Candidates.active(ProfileBuilder.directBill().build()));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(check.rule()).isEqualTo("MpnMembershipRule");
    }

    @Test
    void rejectsAnInactiveMembership() {
        Check check = rule.check(
                Candidates.withMembership(ProfileBuilder.indirectReseller().build(), MembershipStatus.INACTIVE, "NL"));

        assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(check.code()).isEqualTo("MPN_NOT_ACTIVE");
        assertThat(check.field()).isEqualTo("mpnId");
    }

    @Test
    void sendsAnMpnIdUnknownToTheDirectoryToReview() {
        Check check = rule.check(Candidates.withoutMembership(ProfileBuilder.directBill().build()));

        assertThat(check.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(check.code()).isEqualTo("MPN_NOT_IN_DIRECTORY");
    }

}
