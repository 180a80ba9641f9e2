package csp.enrollment.creditcheck.check;

import java.util.Objects;

/** A verified profile that may need a credit check. */
public record CreditCheckRequest(String enrollmentId, EnrollmentType enrollmentType, Applicant applicant, Cause cause) {

    public CreditCheckRequest {
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(enrollmentType, "enrollmentType");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(cause, "cause");
    }

    /**
     * Contract §4: direct bill only; an indirect reseller's provider sets its credit
     * terms.
     */
    public boolean requiresCreditCheck() {
        return enrollmentType == EnrollmentType.DIRECT_BILL;
    }
}
