package csp.enrollment.intake.completion;

import java.util.List;

import csp.enrollment.intake.application.HeaderSafeTextRule;
import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.application.ViolationCode;
import csp.enrollment.intake.application.Violations;

/**
 * What the partner's command forms check alike: every free-text field is present, not too
 * long and free of control characters, and a field already reported while reading is not
 * reported twice.
 */
final class Texts {

    private Texts() {
    }

    /**
     * Whether {@code field} is free of the problems found while reading (a value of the
     * wrong JSON type).
     */
    static boolean unreported(List<Violation> readingProblems, String field) {
        return readingProblems.stream().noneMatch(problem -> field.equals(problem.field()));
    }

    /**
     * @param unreported false when the field was already reported while reading (wrong
     * JSON type)
     */
    static void check(Violations violations, String field, String value, int maxLength, boolean unreported) {
        if (!unreported) {
            return;
        }
        if (Violations.isBlank(value)) {
            violations.required(field);
        }
        else if (value.length() > maxLength) {
            violations.add(field, ViolationCode.TOO_LONG, "must be at most " + maxLength + " characters");
        }
        else if (!HeaderSafeTextRule.isHeaderSafe(value)) {
            violations.add(field, ViolationCode.CONTROL_CHARACTERS,
                    "must not contain line breaks, tabs or other control characters");
        }
    }

}
