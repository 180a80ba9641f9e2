package csp.enrollment.intake.application;

/**
 * No free-text field contains a line break or another control character. Names and the
 * e-mail address reach mail headers (To, Subject), where a CR/LF would let a submitter
 * inject headers; no other text needs control characters either.
 */
public final class HeaderSafeTextRule implements ApplicationRule {

    @Override
    public void check(ApplicationForm form, Violations violations) {
        for (TextField field : TextField.of(form)) {
            if (!isHeaderSafe(field.value())) {
                violations.add(field.path(), ViolationCode.CONTROL_CHARACTERS,
                        "must not contain line breaks, tabs or other control characters");
            }
        }
    }

    public static boolean isHeaderSafe(String text) {
        return text.codePoints().noneMatch(HeaderSafeTextRule::isControlOrLineSeparator);
    }

    /**
     * C0 and C1 controls (CR, LF, TAB, NEL, ...), Unicode line/paragraph separators and
     * bidi overrides.
     */
    private static boolean isControlOrLineSeparator(int codePoint) {
        return Character.isISOControl(codePoint) || codePoint == 0x2028 || codePoint == 0x2029
                || codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

}
