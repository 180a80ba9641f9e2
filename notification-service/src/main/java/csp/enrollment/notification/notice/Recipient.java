package csp.enrollment.notification.notice;

/**
 * The partner's admin, who receives every e-mail. All of it is partner-supplied text.
 *
 * @param preferredLanguage BCP 47 tag as submitted ({@code nl}, {@code nl-BE}, …); may be
 * null
 */
public record Recipient(String firstName, String lastName, String address, String preferredLanguage) {

    /**
     * The name as the partner typed it; sanitise it before it goes anywhere near a mail
     * header.
     */
    public String fullName() {
        return (nullToEmpty(firstName) + " " + nullToEmpty(lastName)).trim();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
