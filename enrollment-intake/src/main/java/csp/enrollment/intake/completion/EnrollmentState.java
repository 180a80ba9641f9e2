package csp.enrollment.intake.completion;

import java.util.EnumSet;
import java.util.Set;

import csp.enrollment.intake.application.EnrollmentType;
import csp.enrollment.intake.status.EnrollmentStatus;

/**
 * What the rules of the partner's commands look at.
 *
 * @param status the current status (the one furthest along)
 * @param agreement null until accepted
 * @param supportPlan null until recorded
 * @param transition null unless it moved to the indirect reseller model
 * @param personalDataErased whether the partner's data was erased (a transition needs it)
 */
public record EnrollmentState(EnrollmentType type, EnrollmentStatus status, RecordedAgreement agreement,
        RecordedSupportPlan supportPlan, Transition transition, boolean personalDataErased) {

    /** Statuses after which nothing more is recorded. */
    public static final Set<EnrollmentStatus> FINAL = EnumSet.of(EnrollmentStatus.REJECTED,
            EnrollmentStatus.CREDIT_CHECK_FAILED, EnrollmentStatus.ENROLLED, EnrollmentStatus.TRANSITIONED);

    /**
     * The status a command of this enrollment's type needs: VERIFIED, or
     * CREDIT_CHECK_PASSED for direct bill.
     */
    public static EnrollmentStatus waitingStatusOf(EnrollmentType type) {
        return type == EnrollmentType.DIRECT_BILL ? EnrollmentStatus.CREDIT_CHECK_PASSED : EnrollmentStatus.VERIFIED;
    }

    /**
     * Whether all it needs is recorded (contract §8): the agreement, and for direct bill
     * also the support plan.
     */
    public boolean readyToComplete() {
        boolean recorded = agreement != null && (type != EnrollmentType.DIRECT_BILL || supportPlan != null);
        return recorded && status != EnrollmentStatus.ENROLLED && status != EnrollmentStatus.TRANSITIONED;
    }

    boolean isFinal() {
        return status == null || FINAL.contains(status);
    }
}
