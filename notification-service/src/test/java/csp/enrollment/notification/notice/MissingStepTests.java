package csp.enrollment.notification.notice;

import static csp.enrollment.notification.notice.MissingStep.INDIRECT_RESELLER_TERMS;
import static csp.enrollment.notification.notice.MissingStep.MICROSOFT_PARTNER_AGREEMENT;
import static csp.enrollment.notification.notice.MissingStep.SUPPORT_PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingStepTests {

    @Test
    void anIndirectResellerMissesOnlyTheTermsAndNeverASupportPlan() {
        assertThat(MissingStep.stillMissing(EnrollmentKind.INDIRECT_RESELLER, false, false))
            .containsExactly(INDIRECT_RESELLER_TERMS);
        assertThat(MissingStep.stillMissing(EnrollmentKind.INDIRECT_RESELLER, true, false)).isEmpty();
    }

    @Test
    void aDirectBillPartnerMissesTheAgreementAndTheSupportPlanUntilEachIsRecorded() {
        assertThat(MissingStep.stillMissing(EnrollmentKind.DIRECT_BILL, false, false))
            .containsExactly(MICROSOFT_PARTNER_AGREEMENT, SUPPORT_PLAN);
        assertThat(MissingStep.stillMissing(EnrollmentKind.DIRECT_BILL, true, false)).containsExactly(SUPPORT_PLAN);
        assertThat(MissingStep.stillMissing(EnrollmentKind.DIRECT_BILL, false, true))
            .containsExactly(MICROSOFT_PARTNER_AGREEMENT);
        assertThat(MissingStep.stillMissing(EnrollmentKind.DIRECT_BILL, true, true)).isEmpty();
    }

}
