package csp.enrollment.intake.application;

import java.util.List;

/** Runs one rule on one form. */
final class RuleAssertions {

    private RuleAssertions() {
    }

    static List<Violation> problems(ApplicationRule rule, ApplicationForms forms) {
        Violations violations = new Violations();
        rule.check(forms.build(), violations);
        return violations.toList();
    }

    static Violation violation(String field, ViolationCode code) {
        return new Violation(field, code, null);
    }

}
