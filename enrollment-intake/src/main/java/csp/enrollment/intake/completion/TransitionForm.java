package csp.enrollment.intake.completion;

import java.util.List;

import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.application.Violations;

/** The body of {@code POST /api/enrollments/{id}/transition} as read, not yet checked. */
public record TransitionForm(String reason, List<Violation> readingProblems) {

    static final int MAX_REASON = 1000;

    /** Every problem of the body, the reading ones first. */
    public List<Violation> violations() {
        Violations violations = new Violations();
        readingProblems.forEach(problem -> violations.add(problem.field(), problem.code(), problem.message()));
        Texts.check(violations, "reason", reason, MAX_REASON, Texts.unreported(readingProblems, "reason"));
        return violations.toList();
    }
}
