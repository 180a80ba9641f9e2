package csp.enrollment.notification.email;

import java.time.Instant;

/**
 * One e-mail as {@code GET /api/notifications} shows it: what was sent to whom, and how
 * far it got.
 *
 * @param nextAttemptAt when a PENDING e-mail is tried next; null once SENT or FAILED
 * @param lastError why the last attempt failed (the SMTP reply or connection error); null
 * if none did
 * @param personalDataErasedAt when recipient, subject and error were erased on request;
 * null while kept
 * @param contentForgottenAt when subject and error were dropped at the end of the content
 * retention; null while kept
 */
record EmailView(String id, String eventId, String template, String language, String recipient, String subject,
        EmailStatus status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String messageId,
        String lastError, Instant personalDataErasedAt, Instant contentForgottenAt) {

    static EmailView of(Email email) {
        return new EmailView(email.id(), email.eventId(), email.template(), email.language(), email.recipientAddress(),
                email.subject(), email.status(), email.attempts(), email.createdAt(),
                email.status() == EmailStatus.PENDING ? email.nextAttemptAt() : null, email.sentAt(),
                email.status() == EmailStatus.SENT ? email.messageId() : null, email.lastError(),
                email.personalDataErasedAt(), email.contentForgottenAt());
    }
}
