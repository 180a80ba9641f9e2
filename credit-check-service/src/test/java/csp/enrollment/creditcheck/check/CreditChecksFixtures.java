package csp.enrollment.creditcheck.check;

import java.time.Instant;

/** Requests for tests. */
final class CreditChecksFixtures {

    private CreditChecksFixtures() {
    }

    static CreditCheckRequest directBill(String enrollmentId) {
        return request(enrollmentId, EnrollmentType.DIRECT_BILL);
    }

    static CreditCheckRequest request(String enrollmentId, EnrollmentType type) {
        return new CreditCheckRequest(enrollmentId, type,
                new Applicant("4412345", "Contoso Cloud B.V.", "NL",
                        new Applicant.Admin("Sanne", "de Vries", "sanne.devries@contoso.nl", "nl")),
                new Cause("event-" + enrollmentId, "correlation-" + enrollmentId,
                        Instant.parse("2026-03-01T09:00:00Z")));
    }

}
