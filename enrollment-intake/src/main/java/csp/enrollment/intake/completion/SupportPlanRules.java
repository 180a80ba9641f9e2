package csp.enrollment.intake.completion;

import csp.enrollment.intake.application.EnrollmentType;
import csp.enrollment.intake.status.EnrollmentStatus;

/**
 * When a support plan may be recorded (contract.md §8): by a direct bill partner in
 * {@code CREDIT_CHECK_PASSED} only — the seed page says to buy one only after the credit
 * check passed. An indirect reseller has no credit check, so it is refused as
 * {@code CREDIT_CHECK_NOT_PASSED} too. A support plan is recorded once: any plan again is
 * a repeat and the first one stands.
 */
public final class SupportPlanRules {

    private SupportPlanRules() {
    }

    public static CommandVerdict decide(EnrollmentState enrollment) {
        if (enrollment.type() != EnrollmentType.DIRECT_BILL) {
            return CommandVerdict.refused(CommandRefusal.CREDIT_CHECK_NOT_PASSED);
        }
        if (enrollment.supportPlan() != null) {
            return CommandVerdict.REPEATED;
        }
        if (enrollment.isFinal()) {
            return CommandVerdict.refused(CommandRefusal.ALREADY_FINAL);
        }
        if (enrollment.status() != EnrollmentStatus.CREDIT_CHECK_PASSED) {
            return CommandVerdict.refused(CommandRefusal.CREDIT_CHECK_NOT_PASSED);
        }
        return CommandVerdict.ALLOWED;
    }

}
