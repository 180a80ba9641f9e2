package csp.enrollment.verification.cases;

import csp.enrollment.verification.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** Shows a verification case: every check, the decision, warnings, market and review. */
@RestController
@Tag(name = "Verifications", description = "Why a profile was verified, rejected or sent to review")
class VerificationController {

    private final Verifications verifications;

    private final ReviewSettings reviewSettings;

    private final Clock clock;

    VerificationController(Verifications verifications, ReviewSettings reviewSettings, Clock clock) {
        this.verifications = verifications;
        this.reviewSettings = reviewSettings;
        this.clock = clock;
    }

    @Operation(summary = "Show a verification: every check, the decision, warnings, market and review")
    @ApiResponse(responseCode = "404", description = "No verification for this enrollment (yet)")
    @GetMapping(path = "/api/verifications/{enrollmentId}", produces = MediaType.APPLICATION_JSON_VALUE)
    VerificationView get(@PathVariable String enrollmentId) {
        return verifications.find(enrollmentId)
            .map(found -> VerificationView.of(found, clock.instant(), reviewSettings.overdueAfter()))
            .orElseThrow(() -> new NotFoundException("No verification for enrollment " + enrollmentId + "."));
    }

}
