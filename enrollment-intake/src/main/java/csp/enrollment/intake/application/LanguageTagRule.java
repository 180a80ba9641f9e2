package csp.enrollment.intake.application;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * {@code admin.preferredLanguage}, optional, is a well-formed BCP 47 language tag
 * ({@code en}, {@code nl-BE}, ...).
 */
final class LanguageTagRule implements ApplicationRule {

    static final String FIELD = "admin.preferredLanguage";

    /** RFC 5646 §4.4.1: 35 characters hold every tag that matters in practice. */
    private static final int MAX_LENGTH = 35;

    @Override
    public void check(ApplicationForm form, Violations violations) {
        if (form.admin() == null || form.admin().preferredLanguage() == null) {
            return;
        }
        if (!isWellFormed(form.admin().preferredLanguage())) {
            violations.add(FIELD, ViolationCode.INVALID_FORMAT, "must be a BCP 47 language tag such as en or nl-BE");
        }
    }

    static boolean isWellFormed(String tag) {
        if (tag.isBlank() || tag.length() > MAX_LENGTH) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        }
        catch (IllformedLocaleException ex) {
            return false;
        }
    }

}
