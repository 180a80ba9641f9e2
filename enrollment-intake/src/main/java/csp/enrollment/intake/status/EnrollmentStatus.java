package csp.enrollment.intake.status;

/**
 * Where an enrollment stands (contract.md §2). The stage orders the statuses, so events can be
 * applied in any order: a late {@code SUBMITTED} never moves an enrollment back from {@code VERIFIED}.
 */
public enum EnrollmentStatus {

    SUBMITTED(1),
    IN_REVIEW(2),
    VERIFIED(3),
    REJECTED(3),
    CREDIT_CHECK_PASSED(4),
    CREDIT_CHECK_FAILED(4);

    private final int stage;

    EnrollmentStatus(int stage) {
        this.stage = stage;
    }

    /**
     * Whether nothing follows this status (contract §2): only then may the partner's personal data be
     * erased. {@code VERIFIED} and {@code CREDIT_CHECK_PASSED} wait for the partner to complete.
     */
    public boolean isFinal() {
        return this == REJECTED || this == CREDIT_CHECK_FAILED;
    }

    /** How far along the pipeline this status is: a higher stage is never followed by a lower one. */
    public int stage() {
        return stage;
    }
}
