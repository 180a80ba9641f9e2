package csp.enrollment.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateTests {

    @Test
    void aVerifiedIndirectResellerIsToldToAcceptTheTermsAndFindAProvider() {
        assertThat(Template.forVerifiedProfile(EnrollmentKind.INDIRECT_RESELLER))
            .isEqualTo(Template.INDIRECT_RESELLER_VERIFIED);
    }

    @Test
    void aVerifiedDirectBillPartnerIsToldTheCreditCheckStarted() {
        assertThat(Template.forVerifiedProfile(EnrollmentKind.DIRECT_BILL)).isEqualTo(Template.DIRECT_BILL_VERIFIED);
    }

    @Test
    void aCompletedEnrollmentIsWelcomedWithWhatItsTypeCanDoNow() {
        assertThat(Template.forCompletedEnrollment(EnrollmentKind.INDIRECT_RESELLER))
            .isEqualTo(Template.INDIRECT_RESELLER_WELCOME);
        assertThat(Template.forCompletedEnrollment(EnrollmentKind.DIRECT_BILL)).isEqualTo(Template.DIRECT_BILL_WELCOME);
    }

    @Test
    void findsATemplateByItsSlug() {
        assertThat(Template.ofSlug("credit-check-failed")).contains(Template.CREDIT_CHECK_FAILED);
        assertThat(Template.ofSlug("CREDIT_CHECK_FAILED")).isEmpty();
        assertThat(Template.ofSlug("enrollment-reminder")).contains(Template.ENROLLMENT_REMINDER);
        assertThat(Template.ofSlug("transition-to-indirect")).contains(Template.TRANSITION_TO_INDIRECT);
    }

}
