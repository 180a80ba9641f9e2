package csp.enrollment.intake.enrollment;

/**
 * The events enrollment-intake publishes for the partner's commands (contract.md §5, §8,
 * §9).
 */
public enum PartnerEventType {

    /** {@code AgreementAccepted} on {@code enrollment.agreement-accepted}. */
    AGREEMENT_ACCEPTED,
    /** {@code SupportPlanRecorded} on {@code enrollment.support-plan-recorded}. */
    SUPPORT_PLAN_RECORDED,
    /** {@code EnrollmentCompleted} on {@code enrollment.completed}. */
    ENROLLMENT_COMPLETED,
    /**
     * {@code EnrollmentTransitioned} on {@code enrollment.transitioned}, keyed by the old
     * enrollment.
     */
    ENROLLMENT_TRANSITIONED

}
