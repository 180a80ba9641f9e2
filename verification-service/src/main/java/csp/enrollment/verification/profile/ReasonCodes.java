package csp.enrollment.verification.profile;

/**
 * The reason codes of contract.md §3 (plus the review outcomes), as partners and
 * downstream services see them.
 */
public final class ReasonCodes {

    public static final String MPN_NOT_ACTIVE = "MPN_NOT_ACTIVE";

    public static final String MPN_NOT_IN_DIRECTORY = "MPN_NOT_IN_DIRECTORY";

    public static final String MPN_LOCATION_MISMATCH = "MPN_LOCATION_MISMATCH";

    public static final String MARKET_NOT_SUPPORTED = "MARKET_NOT_SUPPORTED";

    public static final String WORK_EMAIL_REQUIRED = "WORK_EMAIL_REQUIRED";

    public static final String BANK_COUNTRY_MISMATCH = "BANK_COUNTRY_MISMATCH";

    public static final String REVENUE_BELOW_MINIMUM = "REVENUE_BELOW_MINIMUM";

    public static final String SIGNING_AUTHORITY_REQUIRED = "SIGNING_AUTHORITY_REQUIRED";

    public static final String FIRST_LEVEL_SUPPORT_REQUIRED = "FIRST_LEVEL_SUPPORT_REQUIRED";

    public static final String ACCOUNTS_RECEIVABLE_REQUIRED = "ACCOUNTS_RECEIVABLE_REQUIRED";

    public static final String SUPPORT_PLAN_BEFORE_CREDIT_CHECK = "SUPPORT_PLAN_BEFORE_CREDIT_CHECK";

    public static final String MANAGED_SERVICE_RECOMMENDED = "MANAGED_SERVICE_RECOMMENDED";

    /**
     * The tenant already has a CSP enrollment in progress or ENROLLED (one per tenant;
     * transitions are exempt).
     */
    public static final String TENANT_ALREADY_ENROLLED = "TENANT_ALREADY_ENROLLED";

    /** A reviewer rejected the profile; the message is the reviewer's reason. */
    public static final String REVIEW_REJECTED = "REVIEW_REJECTED";

    private ReasonCodes() {
    }

}
