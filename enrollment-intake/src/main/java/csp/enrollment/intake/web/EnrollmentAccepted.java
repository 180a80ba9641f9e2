package csp.enrollment.intake.web;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "The answer to an accepted application.")
record EnrollmentAccepted(
        @Schema(description = "Id of the new enrollment (UUID); also in the Location header.",
                example = "0b8a8c5e-3f4e-4a8e-9d59-2f7c0c2e1f10") String enrollmentId,
        @Schema(description = "Always SUBMITTED: the status the application was accepted with.",
                example = "SUBMITTED") String status) {
}
