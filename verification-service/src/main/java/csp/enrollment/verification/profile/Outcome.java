package csp.enrollment.verification.profile;

/** What one rule concluded about a profile. */
public enum Outcome {

    /** The requirement is met. */
    PASSED,
    /** The requirement is not met: the profile is rejected. */
    FAILED,
    /** Not blocking, but the partner is told. */
    WARNING,
    /** The rule cannot decide; a person must. */
    NEEDS_REVIEW,
    /**
     * The rule does not concern this profile (e.g. a direct bill requirement for an
     * indirect reseller).
     */
    NOT_APPLICABLE

}
