package csp.enrollment.localstack.faults;

import java.util.List;

/**
 * Every path an application can take (contract.md §2), with the final status it must
 * reach and how many e-mails its admin must get (contract.md §6): one per event, each
 * with its own subject.
 */
enum JourneyKind {

    /** received, indirect reseller verified. */
    INDIRECT("VERIFIED", 2),
    /** received, direct bill verified, credit check passed. */
    DIRECT_PASSED("CREDIT_CHECK_PASSED", 3),
    /** received, direct bill verified, credit check not passed. */
    DIRECT_FAILED("CREDIT_CHECK_FAILED", 3),
    /** received, could not verify (a consumer mail domain and too little revenue). */
    PROFILE_REJECTED("REJECTED", 2),
    /** received, review in progress, indirect reseller verified (a person approves). */
    REVIEW_APPROVED("VERIFIED", 3),
    /** received, review in progress, could not verify (a person rejects). */
    REVIEW_REJECTED("REJECTED", 3);

    /** Every kind in turn. */
    static final List<JourneyKind> EVERY_KIND = List.of(values());

    /** Only the kinds that reach the credit bureau. */
    static final List<JourneyKind> DIRECT_BILL = List.of(DIRECT_PASSED, DIRECT_FAILED);

    private final String finalStatus;

    private final int emails;

    JourneyKind(String finalStatus, int emails) {
        this.finalStatus = finalStatus;
        this.emails = emails;
    }

    String finalStatus() {
        return finalStatus;
    }

    int emails() {
        return emails;
    }

    boolean needsReview() {
        return this == REVIEW_APPROVED || this == REVIEW_REJECTED;
    }

    boolean isDirectBill() {
        return this == DIRECT_PASSED || this == DIRECT_FAILED;
    }

    /** The partner-network directory knows the MPN ID unless a person must review it. */
    boolean inDirectory() {
        return !needsReview();
    }

}
