package csp.enrollment.intake.status;

/**
 * Where an enrollment stands (contract.md §2). The stage orders the statuses, so events
 * can be applied in any order: a late {@code SUBMITTED} never moves an enrollment back
 * from {@code VERIFIED}.
 */
public enum EnrollmentStatus {

    SUBMITTED(1), IN_REVIEW(2), VERIFIED(3), REJECTED(3), CREDIT_CHECK_PASSED(4), CREDIT_CHECK_FAILED(4),
    /** The partner completed the enrollment (contract §8); written by intake itself. */
    ENROLLED(5),
    /**
     * A direct bill enrollment moved to the indirect reseller model (§9); written by
     * intake itself.
     */
    TRANSITIONED(6);

    private final int stage;

    EnrollmentStatus(int stage) {
        this.stage = stage;
    }

    /**
     * Whether the pipeline does nothing more with an enrollment in this status (contract
     * §2): only then may the partner's personal data be erased. {@code VERIFIED} and
     * {@code CREDIT_CHECK_PASSED} wait for the partner to complete. ({@code ENROLLED} and
     * {@code CREDIT_CHECK_FAILED} may still be left by a transition, which needs the
     * personal data: after an erasure it is refused.)
     */
    public boolean isFinal() {
        return this == REJECTED || this == CREDIT_CHECK_FAILED || this == ENROLLED || this == TRANSITIONED;
    }

    /**
     * How far along the pipeline this status is: a higher stage is never followed by a
     * lower one.
     */
    public int stage() {
        return stage;
    }

}
