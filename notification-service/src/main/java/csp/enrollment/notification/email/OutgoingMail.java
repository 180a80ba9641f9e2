package csp.enrollment.notification.email;

/**
 * What the {@link Emailer} sends: one recipient, the subject, and the same content as
 * plain text and as HTML, in {@code language}.
 */
public record OutgoingMail(String messageId, String toAddress, String toName, String subject, String language,
        String text, String html) {
}
