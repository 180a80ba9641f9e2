package csp.enrollment.intake.enrollment;

import java.time.Instant;

import csp.enrollment.intake.status.EnrollmentStatus;
import csp.enrollment.intake.status.StatusHistory;

/**
 * What a search shows of an enrollment: enough to tell it from the others and open it.
 * Nothing of its bank details and no e-mail address.
 *
 * @param status the current status (the one furthest along)
 * @param legalName null once the personal data was erased
 */
public record EnrollmentSummary(String enrollmentId, String enrollmentType, EnrollmentStatus status, String mpnId,
        String tenantId, String legalName, Instant receivedAt) {

    static EnrollmentSummary of(EnrollmentDocument enrollment) {
        var application = enrollment.application();
        var company = application == null ? null : application.company();
        return new EnrollmentSummary(enrollment.id(), enrollment.enrollmentType(),
                new StatusHistory(enrollment.history()).current(), application == null ? null : application.mpnId(),
                application == null ? null : application.tenantId(), company == null ? null : company.legalName(),
                enrollment.receivedAt());
    }
}
