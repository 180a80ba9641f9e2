package csp.enrollment.creditcheck.check;

import java.time.Instant;
import java.util.List;

/**
 * A credit check as {@code GET /api/credit-checks/{enrollmentId}} shows it. Holds no bank
 * data and no admin contact details: only what an operator needs to follow the check.
 *
 * @param score the bureau's score once decided; null before, or when the bureau had no
 * record
 */
record CreditCheckView(String enrollmentId, CreditCheckState state, String mpnId, String legalName, String countryCode,
        Instant requestedAt, Instant nextAttemptAt, boolean overdue, int attemptCount, List<Attempt> attempts,
        Integer score, DecisionView decision, Instant publishedAt, Instant personalDataErasedAt) {

    static CreditCheckView of(CreditCheck check, boolean overdue) {
        Applicant applicant = check.applicant();
        DecisionView decision = check.decision().map(DecisionView::of).orElse(null);
        return new CreditCheckView(check.enrollmentId(), check.state(), applicant.mpnId(), applicant.legalName(),
                applicant.countryCode(), check.requestedAt(), check.nextAttemptAt().orElse(null), overdue,
                check.attemptCount(), check.attempts(), decision == null ? null : decision.score(), decision,
                check.publishedAt().orElse(null), check.personalDataErasedAt().orElse(null));
    }

    record DecisionView(Decision.Verdict verdict, Integer score, int minimumScore, List<Decision.Reason> reasons,
            String bureau, Instant decidedAt) {

        static DecisionView of(Decision decision) {
            return new DecisionView(decision.verdict(), decision.score(), decision.minimumScore(), decision.reasons(),
                    decision.bureau(), decision.decidedAt());
        }
    }
}
