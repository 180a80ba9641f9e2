package csp.enrollment.verification.review;

import csp.enrollment.verification.cases.ReviewSettings;
import csp.enrollment.verification.cases.VerificationCase;
import csp.enrollment.verification.web.FieldError;
import csp.enrollment.verification.web.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The review queue: list the cases waiting for a person, and decide them. */
@RestController
@RequestMapping(path = "/api/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
class ReviewController {

    private static final int MAX_LIMIT = 500;

    private final ReviewDesk desk;
    private final ReviewSettings settings;
    private final Clock clock;

    ReviewController(ReviewDesk desk, ReviewSettings settings, Clock clock) {
        this.desk = desk;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * {@code status=PENDING} (default): every pending review, oldest first, each flagged {@code overdue} when it
     * waits longer than {@code verification.review.overdue-after}; {@code OVERDUE}: only those; {@code DECIDED}:
     * decided reviews, latest first.
     */
    @GetMapping
    List<ReviewView> list(@RequestParam(defaultValue = "PENDING") String status, @RequestParam(defaultValue = "100") int limit) {
        List<FieldError> errors = new ArrayList<>();
        if (!List.of("PENDING", "OVERDUE", "DECIDED").contains(status)) {
            errors.add(FieldError.invalid("status", "status must be PENDING, OVERDUE or DECIDED."));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(FieldError.invalid("limit", "limit must be between 1 and " + MAX_LIMIT + "."));
        }
        InvalidRequestException.throwIfAny(errors);
        List<VerificationCase> cases = switch (status) {
            case "OVERDUE" -> desk.overdue(limit);
            case "DECIDED" -> desk.decided(limit);
            default -> desk.pending(limit);
        };
        return cases.stream().map(found -> ReviewView.of(found, clock.instant(), settings.overdueAfter())).toList();
    }

    /** 200 with the decision; 404 for an unknown enrollment; 409 when there is no pending review (a decision is final). */
    @PostMapping(path = "/{enrollmentId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReviewView decide(@PathVariable String enrollmentId, @RequestBody ReviewDecisionRequest request) {
        InvalidRequestException.throwIfAny(request.validate());
        VerificationCase decided = desk.decide(enrollmentId, request.reviewDecision(), request.reasonOrNull(), request.reviewerOrUnnamed());
        return ReviewView.of(decided, clock.instant(), settings.overdueAfter());
    }
}
