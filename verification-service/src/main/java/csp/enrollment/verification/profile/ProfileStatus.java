package csp.enrollment.verification.profile;

/**
 * Where a verified profile stands (the statuses of contract.md §2 this service decides).
 */
public enum ProfileStatus {

    /** A person must decide. */
    IN_REVIEW, VERIFIED, REJECTED

}
