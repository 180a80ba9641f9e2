package csp.enrollment.verification.tenant;

/**
 * Why an enrollment gave its tenant back: it ended without being enrolled, or moved on to
 * a new enrollment.
 */
public enum EndOfEnrollment {

    /** This service rejected the profile: by the rules, or a reviewer's REJECT. */
    PROFILE_REJECTED,
    /**
     * The credit check failed (a transition may follow; it claims the tenant anew if it
     * is still free).
     */
    CREDIT_CHECK_FAILED,
    /**
     * The enrollment moved to the indirect reseller model; its claim passed to the new
     * enrollment.
     */
    TRANSITIONED

}
