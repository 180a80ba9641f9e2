package csp.enrollment.intake.application;

/**
 * No free-text field is longer than its limit (100 characters for names and cities, 200
 * for lines).
 */
final class TextLengthRule implements ApplicationRule {

    @Override
    public void check(ApplicationForm form, Violations violations) {
        for (TextField field : TextField.of(form)) {
            if (field.value().codePointCount(0, field.value().length()) > field.maxLength()) {
                violations.add(field.path(), ViolationCode.TOO_LONG,
                        "must be at most " + field.maxLength() + " characters");
            }
        }
    }

}
