package csp.enrollment.verification.cases;

public enum ReviewStatus {

    /** Waiting for a reviewer. */
    PENDING,
    /** A reviewer decided; final. */
    DECIDED

}
