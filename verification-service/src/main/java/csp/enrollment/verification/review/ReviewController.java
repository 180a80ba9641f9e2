package csp.enrollment.verification.review;

import csp.enrollment.verification.cases.ReviewSettings;
import csp.enrollment.verification.cases.VerificationCase;
import csp.enrollment.verification.web.FieldError;
import csp.enrollment.verification.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The review queue: list the cases waiting for a person, and decide them. */
@RestController
@Tag(name = "Reviews", description = "Profiles a person must decide, e.g. an MPN ID not in the directory")
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
     * {@code status=PENDING} (default): every pending review, oldest first, each flagged
     * {@code overdue} when it waits longer than
     * {@code verification.review.overdue-after}; {@code OVERDUE}: only those;
     * {@code DECIDED}: decided reviews, latest first.
     */
    @Operation(summary = "List reviews: PENDING (default), OVERDUE or DECIDED")
    @ApiResponse(responseCode = "400", description = "Unknown status or limit out of range")
    @GetMapping
    List<ReviewView> list(@RequestParam(defaultValue = "PENDING") String status,
            @RequestParam(defaultValue = "100") int limit) {
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

    /**
     * 200 with the decision; 404 for an unknown enrollment; 409 when there is no pending
     * review (a decision is final). The reviewer recorded is the token's subject
     * ({@code sub}), never anything in the body (contract section 7).
     */
    @Operation(summary = "Decide a pending review: APPROVE emits ProfileVerified, REJECT emits ProfileRejected")
    @ApiResponses({ @ApiResponse(responseCode = "200", description = "The decision, stored and final"),
            @ApiResponse(responseCode = "400", description = "Invalid decision (REJECT needs a reason)"),
            @ApiResponse(responseCode = "404", description = "Unknown enrollment"),
            @ApiResponse(responseCode = "409", description = "Already decided, or never in review") })
    @PostMapping(path = "/{enrollmentId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReviewView decide(@PathVariable String enrollmentId, @RequestBody ReviewDecisionRequest request,
            Principal reviewer) {
        InvalidRequestException.throwIfAny(request.validate());
        VerificationCase decided = desk.decide(enrollmentId, request.reviewDecision(), request.reasonOrNull(),
                reviewer.getName());
        return ReviewView.of(decided, clock.instant(), settings.overdueAfter());
    }

}
