package csp.enrollment.intake.web;

import java.time.Instant;

import csp.enrollment.intake.enrollment.EnrollmentSummary;
import csp.enrollment.intake.status.EnrollmentStatus;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "EnrollmentSummary", description = "An enrollment a search found: no bank details, no e-mail address. "
        + "GET /api/enrollments/{enrollmentId} shows the rest.")
record EnrollmentSummaryView(@Schema(example = "0b8a8c5e-3f4e-4a8e-9d59-2f7c0c2e1f10") String enrollmentId,
        @Schema(allowableValues = {
                "INDIRECT_RESELLER", "DIRECT_BILL" }) String enrollmentType,
        @Schema(description = "The status furthest along the pipeline (contract §2).") EnrollmentStatus status,
        @Schema(example = "4412345") String mpnId,
        @Schema(example = "6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6f") String tenantId,
        @Schema(description = "null once the partner's personal data was erased.", example = "Contoso Cloud B.V.",
                nullable = true) String legalName,
        @Schema(description = "When intake accepted the application.") Instant receivedAt){

    static EnrollmentSummaryView of(EnrollmentSummary summary) {
        return new EnrollmentSummaryView(summary.enrollmentId(), summary.enrollmentType(), summary.status(),
                summary.mpnId(), summary.tenantId(), summary.legalName(), summary.receivedAt());
    }
}
