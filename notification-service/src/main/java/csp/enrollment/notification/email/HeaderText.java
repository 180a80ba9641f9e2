package csp.enrollment.notification.email;

import java.util.regex.Pattern;

/**
 * Makes partner-supplied text safe for a mail header: line breaks would let it add
 * headers of its own (header injection), other control and bidi-format characters would
 * disguise it.
 */
final class HeaderText {

    static final int MAX_LENGTH = 120;

    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HeaderText() {
    }

    static String sanitize(String value) {
        if (value == null) {
            return "";
        }
        String clean = SPACES.matcher(UNSAFE.matcher(value).replaceAll(" ")).replaceAll(" ").strip();
        return clean.length() <= MAX_LENGTH ? clean : clean.substring(0, MAX_LENGTH).strip();
    }

    static boolean isClean(String value) {
        return value != null && !UNSAFE.matcher(value).find();
    }

}
