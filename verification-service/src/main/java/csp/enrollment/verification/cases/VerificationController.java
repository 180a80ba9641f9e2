package csp.enrollment.verification.cases;

import csp.enrollment.verification.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** Shows a verification case: every check, the decision, warnings, market and review. */
@RestController
class VerificationController {

    private final Verifications verifications;
    private final ReviewSettings reviewSettings;
    private final Clock clock;

    VerificationController(Verifications verifications, ReviewSettings reviewSettings, Clock clock) {
        this.verifications = verifications;
        this.reviewSettings = reviewSettings;
        this.clock = clock;
    }

    @GetMapping(path = "/api/verifications/{enrollmentId}", produces = MediaType.APPLICATION_JSON_VALUE)
    VerificationView get(@PathVariable String enrollmentId) {
        return verifications.find(enrollmentId)
                .map(found -> VerificationView.of(found, clock.instant(), reviewSettings.overdueAfter()))
                .orElseThrow(() -> new NotFoundException("No verification for enrollment " + enrollmentId + "."));
    }
}
