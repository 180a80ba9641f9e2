package csp.enrollment.console.enrollments;

import java.time.Instant;

/**
 * One enrollment a search found
 * ({@code GET /api/enrollments?mpnId=|tenantId=|adminEmail=}).
 */
public record EnrollmentSummary(String enrollmentId, String enrollmentType, String status, String mpnId,
        String tenantId, String legalName, Instant receivedAt) {
}
