package csp.enrollment.creditcheck.check;

/** Where a credit check stands. */
public enum CreditCheckState {

    /** Stored, the bureau not asked yet. */
    REQUESTED,
    /**
     * The bureau was asked but has not answered yet (pending report, or the bureau was
     * unreachable).
     */
    WAITING,
    /** Passed or failed; final. */
    DECIDED

}
