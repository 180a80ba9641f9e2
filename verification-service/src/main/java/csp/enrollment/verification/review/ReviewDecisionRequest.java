package csp.enrollment.verification.review;

import csp.enrollment.verification.cases.ReviewDecision;
import csp.enrollment.verification.web.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * Body of {@code POST /api/reviews/{enrollmentId}/decision}. {@code reason} is required to reject (the partner is
 * told it); {@code reviewer} is optional because the contract does not name it.
 */
record ReviewDecisionRequest(String decision, String reason, String reviewer) {

    static final int MAX_REASON = 2000;
    static final int MAX_REVIEWER = 200;
    /** Recorded as the reviewer when the request names none. */
    static final String UNNAMED_REVIEWER = "unnamed reviewer";

    List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (decision == null || decision.isBlank()) {
            errors.add(FieldError.required("decision"));
        } else if (!decision.equals("APPROVE") && !decision.equals("REJECT")) {
            errors.add(FieldError.invalid("decision", "decision must be APPROVE or REJECT."));
        }
        if ("REJECT".equals(decision) && (reason == null || reason.isBlank())) {
            errors.add(new FieldError("reason", "REQUIRED", "A rejection needs a reason: the partner is told it."));
        }
        if (reason != null && reason.length() > MAX_REASON) {
            errors.add(FieldError.tooLong("reason", MAX_REASON));
        }
        if (reviewer != null && reviewer.length() > MAX_REVIEWER) {
            errors.add(FieldError.tooLong("reviewer", MAX_REVIEWER));
        }
        return errors;
    }

    ReviewDecision reviewDecision() {
        return ReviewDecision.valueOf(decision);
    }

    String reasonOrNull() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    String reviewerOrUnnamed() {
        return reviewer == null || reviewer.isBlank() ? UNNAMED_REVIEWER : reviewer.strip();
    }
}
