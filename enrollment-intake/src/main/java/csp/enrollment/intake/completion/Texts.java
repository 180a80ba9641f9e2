package csp.enrollment.intake.completion;

import csp.enrollment.intake.application.HeaderSafeTextRule;
import csp.enrollment.intake.application.ViolationCode;
import csp.enrollment.intake.application.Violations;

/** The checks every free-text field of a partner's command gets: present, not too long, no control characters. */
final class Texts {

    private Texts() {
    }

    /** @param unreported false when the field was already reported while reading (wrong JSON type) */
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
