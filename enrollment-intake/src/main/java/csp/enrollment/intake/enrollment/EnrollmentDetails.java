package csp.enrollment.intake.enrollment;

import java.util.List;

import csp.enrollment.intake.status.EnrollmentStatus;
import csp.enrollment.intake.status.StatusEntry;

/**
 * What may be shown of an enrollment: its status and history, never its bank details beyond the
 * last four characters of the account.
 *
 * @param market null until {@code ProfileVerified} told it
 * @param accountLast4 null for an enrollment intake knows only from status events, and once erased
 * @param personalDataErased whether the partner's personal data was erased on request
 */
public record EnrollmentDetails(String enrollmentId, String enrollmentType, EnrollmentStatus status, String market,
        String currency, String accountLast4, boolean personalDataErased, List<StatusEntry> history) {
}
