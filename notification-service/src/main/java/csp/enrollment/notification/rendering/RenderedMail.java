package csp.enrollment.notification.rendering;

/** An e-mail rendered in one language: the subject and both alternative bodies. */
public record RenderedMail(String language, String subject, String text, String html) {
}
