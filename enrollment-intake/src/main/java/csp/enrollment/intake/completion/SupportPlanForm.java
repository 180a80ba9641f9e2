package csp.enrollment.intake.completion;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.application.ViolationCode;
import csp.enrollment.intake.application.Violations;

/**
 * The body of {@code POST /api/enrollments/{id}/support-plan} as read, not yet checked.
 *
 * @param purchasedAt an ISO-8601 instant, e.g. {@code 2026-12-01T09:30:00Z}
 */
public record SupportPlanForm(String plan, String purchasedAt, List<Violation> readingProblems) {

    /**
     * Clocks differ a little; a purchase further in the future than this is a mistake.
     */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** Every problem of the body, the reading ones first. */
    public List<Violation> violations(Instant now) {
        Violations violations = new Violations();
        readingProblems.forEach(problem -> violations.add(problem.field(), problem.code(), problem.message()));
        if (Texts.unreported(readingProblems, "plan")) {
            if (Violations.isBlank(plan)) {
                violations.required("plan");
            }
            else if (SupportPlanType.parse(plan) == null) {
                violations.add("plan", ViolationCode.INVALID_VALUE, "must be ASFP or PSFP");
            }
        }
        if (Texts.unreported(readingProblems, "purchasedAt")) {
            if (Violations.isBlank(purchasedAt)) {
                violations.required("purchasedAt");
            }
            else {
                Instant instant = parse(purchasedAt);
                if (instant == null) {
                    violations.add("purchasedAt", ViolationCode.INVALID_FORMAT,
                            "must be an ISO-8601 instant such as 2026-12-01T09:30:00Z");
                }
                else if (instant.isAfter(now.plus(CLOCK_SKEW))) {
                    violations.add("purchasedAt", ViolationCode.INVALID_VALUE, "must not be in the future");
                }
            }
        }
        return violations.toList();
    }

    public SupportPlanType planType() {
        return SupportPlanType.parse(plan);
    }

    /** The purchase time, for a form without violations. */
    public Instant purchasedAtInstant() {
        return parse(purchasedAt);
    }

    private static Instant parse(String text) {
        try {
            return Instant.parse(text);
        }
        catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }
}
