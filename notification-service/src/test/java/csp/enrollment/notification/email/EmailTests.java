package csp.enrollment.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import csp.enrollment.notification.notice.EnrollmentKind;
import csp.enrollment.notification.notice.Notice;
import csp.enrollment.notification.notice.Recipient;
import csp.enrollment.notification.notice.Template;
import csp.enrollment.notification.rendering.RenderedMail;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class EmailTests {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void anEventAndTemplateAlwaysGiveTheSameRecordAndMessageId() {
        Email first = Email.pending(notice("event-1", Template.APPLICATION_RECEIVED), mail(), "mail.test", NOW);
        Email again = Email.pending(notice("event-1", Template.APPLICATION_RECEIVED), mail(), "mail.test",
                NOW.plusSeconds(60));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.messageId()).isEqualTo(first.messageId()).isEqualTo("<" + first.id() + "@mail.test>");
    }

    @Test
    void anotherEventOrTemplateGivesAnotherRecord() {
        String id = Email.idOf("event-1", "application-received");
        assertThat(Email.idOf("event-2", "application-received")).isNotEqualTo(id);
        assertThat(Email.idOf("event-1", "review-in-progress")).isNotEqualTo(id);
    }

    @Test
    void aNewEmailIsPendingAndDueAtOnce() {
        Email email = Email.pending(notice("event-1", Template.REVIEW_IN_PROGRESS), mail(), "mail.test", NOW);
        assertThat(email.status()).isEqualTo(EmailStatus.PENDING);
        assertThat(email.attempts()).isZero();
        assertThat(email.nextAttemptAt()).isEqualTo(NOW);
        assertThat(email.template()).isEqualTo("review-in-progress");
        assertThat(email.language()).isEqualTo("nl");
        assertThat(email.recipientAddress()).isEqualTo("sanne@contoso.nl");
    }

    @Test
    void storesTheRecipientsNameAlreadySanitised() {
        Email email = Email.pending(new Notice("event-1", "enrollment-1", NOW, Template.APPLICATION_RECEIVED,
                new Recipient("Eve\r\nBcc: x@y.z", "Smith", "eve@contoso.nl", null), "Contoso", "NL",
                EnrollmentKind.DIRECT_BILL, "4412345", null, null, List.of()), mail(), "mail.test", NOW);
        assertThat(email.recipientName()).isEqualTo("Eve Bcc: x@y.z Smith");
    }

    private static Notice notice(String eventId, Template template) {
        return new Notice(eventId, "enrollment-1", NOW, template,
                new Recipient("Sanne", "de Vries", "sanne@contoso.nl", "nl"), "Contoso", "NL",
                EnrollmentKind.DIRECT_BILL, "4412345", null, null, List.of());
    }

    private static RenderedMail mail() {
        return new RenderedMail("nl", "Onderwerp", "tekst", "<p>tekst</p>");
    }

}
