package csp.enrollment.creditcheck.check;

/** Why a credit check failed (contract §4). */
public enum CreditReasonCode {

    /** The bureau's score is below the policy's minimum. */
    CREDIT_SCORE_TOO_LOW,
    /** The bureau has no record of the company, so its credit cannot be established. */
    CREDIT_BUREAU_NO_RECORD

}
