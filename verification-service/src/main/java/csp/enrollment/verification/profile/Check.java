package csp.enrollment.verification.profile;

/**
 * The result of one rule: kept with the case so anyone can see why a profile was verified
 * or rejected.
 *
 * @param rule the rule's name, e.g. {@code RevenueRequirement}
 * @param code the contract's reason code when the outcome is not {@link Outcome#PASSED};
 * null otherwise
 * @param field the application field concerned, e.g. {@code admin.workEmail}; null when
 * none
 */
public record Check(String rule, Outcome outcome, String code, String message, String field) {

    static Check passed(String rule, String message) {
        return new Check(rule, Outcome.PASSED, null, message, null);
    }

    static Check notApplicable(String rule, String message) {
        return new Check(rule, Outcome.NOT_APPLICABLE, null, message, null);
    }

    static Check failed(String rule, String code, String field, String message) {
        return new Check(rule, Outcome.FAILED, code, message, field);
    }

    static Check warning(String rule, String code, String field, String message) {
        return new Check(rule, Outcome.WARNING, code, message, field);
    }

    static Check needsReview(String rule, String code, String field, String message) {
        return new Check(rule, Outcome.NEEDS_REVIEW, code, message, field);
    }

    public boolean is(Outcome expected) {
        return outcome == expected;
    }
}
