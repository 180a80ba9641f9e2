package csp.enrollment.verification.directory;

/** Standing of a membership in the Microsoft Partner Network. */
public enum MembershipStatus {

    ACTIVE, INACTIVE

}
