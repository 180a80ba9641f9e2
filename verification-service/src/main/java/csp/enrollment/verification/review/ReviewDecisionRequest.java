package csp.enrollment.verification.review;

import csp.enrollment.verification.cases.ReviewDecision;
import csp.enrollment.verification.web.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * Body of {@code POST /api/reviews/{enrollmentId}/decision}. {@code reason} is required
 * to reject (the partner is told it). Who decided is the token's subject, not part of the
 * body: a {@code reviewer} member is ignored.
 */
record ReviewDecisionRequest(String decision, String reason) {

    static final int MAX_REASON = 2000;

    List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (decision == null || decision.isBlank()) {
            errors.add(FieldError.required("decision"));
        }
        else if (!decision.equals("APPROVE") && !decision.equals("REJECT")) {
            errors.add(FieldError.invalid("decision", "decision must be APPROVE or REJECT."));
        }
        if ("REJECT".equals(decision) && (reason == null || reason.isBlank())) {
            errors.add(new FieldError("reason", "REQUIRED", "A rejection needs a reason: the partner is told it."));
        }
        if (reason != null && reason.length() > MAX_REASON) {
            errors.add(FieldError.tooLong("reason", MAX_REASON));
        }
        return errors;
    }

    ReviewDecision reviewDecision() {
        return ReviewDecision.valueOf(decision);
    }

    String reasonOrNull() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
