package csp.enrollment.intake.completion;

/**
 * Why a partner's command is not allowed for the enrollment as it stands: the
 * {@code code} of the 409 problem (contract.md §8, §9).
 */
public enum CommandRefusal {

    /**
     * A direct bill command before the credit check passed (or for an enrollment that has
     * none).
     */
    CREDIT_CHECK_NOT_PASSED("The credit check of this enrollment has not passed: a support plan and the Microsoft "
            + "Partner Agreement are recorded only in CREDIT_CHECK_PASSED, for a direct bill enrollment."),
    /** An indirect reseller's agreement before its profile was verified. */
    NOT_VERIFIED("The profile of this enrollment is not verified: the indirect reseller terms are accepted only in "
            + "VERIFIED."),
    /** The agreement is not the one of the enrollment's type. */
    WRONG_AGREEMENT("This agreement is not the one of the enrollment's type: an indirect reseller accepts "
            + "INDIRECT_RESELLER_TERMS, a direct bill partner the MICROSOFT_PARTNER_AGREEMENT."),
    /** The enrollment is in a final status; nothing more is recorded on it. */
    ALREADY_FINAL("The enrollment is in a final status (REJECTED, CREDIT_CHECK_FAILED, ENROLLED, TRANSITIONED); "
            + "nothing more is recorded on it."),
    /**
     * A transition of an enrollment that is not a direct bill one in ENROLLED or
     * CREDIT_CHECK_FAILED.
     */
    TRANSITION_NOT_ALLOWED("Only a DIRECT_BILL enrollment in ENROLLED or CREDIT_CHECK_FAILED whose personal data "
            + "is stored can move to the indirect reseller model.");

    private final String detail;

    CommandRefusal(String detail) {
        this.detail = detail;
    }

    /** What to tell the partner. */
    public String detail() {
        return detail;
    }

}
