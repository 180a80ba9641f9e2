package csp.enrollment.creditcheck.check;

/** How the partner enrolls; only a direct bill partner gets a credit check. */
public enum EnrollmentType {

    /**
     * Its indirect provider (distributor) sets its credit terms: no credit check here.
     */
    INDIRECT_RESELLER,
    /** Buys from Microsoft directly: must pass the credit check. */
    DIRECT_BILL

}
