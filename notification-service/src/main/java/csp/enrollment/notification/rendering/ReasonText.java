package csp.enrollment.notification.rendering;

/**
 * A reason code in words for the partner.
 *
 * @param explanation what is wrong, in the e-mail's language (the event's own message for
 * an unknown code)
 * @param correction what to do about it
 */
public record ReasonText(String code, String explanation, String correction) {
}
