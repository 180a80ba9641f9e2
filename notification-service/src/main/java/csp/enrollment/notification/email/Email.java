package csp.enrollment.notification.email;

import csp.enrollment.notification.notice.Notice;
import csp.enrollment.notification.rendering.RenderedMail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The record of one e-mail: one per (event id, template), written before the e-mail is
 * sent and updated after each attempt. It keeps the rendered content, so a retry after
 * days or a restart sends exactly what was rendered when the event arrived.
 *
 * @param id name-based UUID of event id and template, so a duplicate event maps to the
 * same record
 * @param recipientName the admin's name, already stripped of anything that could break a
 * header
 * @param messageId the Message-ID header, derived from {@code id}: every attempt sends
 * the same one
 * @param attempts the number of attempts made so far (each ended sent, refused or
 * deferred)
 * @param nextAttemptAt when a PENDING e-mail is tried (again); its work ticket holds the
 * same time
 * @param lastError why the last attempt failed, as the SMTP server or the connection said
 * @param personalDataErasedAt when the recipient and the content were erased on request
 * (docs/personal-data.md); null while they are kept
 * @param contentForgottenAt when subject, content and last error were dropped because the
 * e-mail was finished longer ago than {@code notification.mail.content-retention}; null
 * while kept
 */
public record Email(String id, String eventId, String enrollmentId, String template, String language,
        String recipientAddress, String recipientName, String subject, String text, String html, String messageId,
        EmailStatus status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError,
        Instant personalDataErasedAt, Instant contentForgottenAt) {

    /** A new e-mail for {@code notice}, due at once. */
    static Email pending(Notice notice, RenderedMail mail, String messageIdDomain, Instant now) {
        String id = idOf(notice.eventId(), notice.template().slug());
        return new Email(id, notice.eventId(), notice.enrollmentId(), notice.template().slug(), mail.language(),
                notice.recipient().address(), HeaderText.sanitize(notice.recipient().fullName()), mail.subject(),
                mail.text(), mail.html(), "<" + id + "@" + messageIdDomain + ">", EmailStatus.PENDING, 0, now, now,
                null, null, null, null);
    }

    static String idOf(String eventId, String template) {
        return UUID.nameUUIDFromBytes((eventId + "\n" + template).getBytes(StandardCharsets.UTF_8)).toString();
    }

    OutgoingMail outgoing() {
        return new OutgoingMail(messageId, recipientAddress, recipientName, subject, language, text, html);
    }
}
