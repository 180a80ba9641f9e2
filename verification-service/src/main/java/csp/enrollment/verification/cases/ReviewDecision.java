package csp.enrollment.verification.cases;

/** What a reviewer decides about a profile in review. */
public enum ReviewDecision {

    APPROVE, REJECT

}
