package csp.enrollment.notification.email;

import csp.enrollment.notification.language.LanguageChoice;
import csp.enrollment.notification.notice.Notice;
import csp.enrollment.notification.rendering.MailRenderer;
import csp.enrollment.notification.rendering.RenderedMail;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one entry point for events: renders the e-mail a {@link Notice} calls for, in the language
 * contract.md §6 chooses, and stores it PENDING for the {@link MailSender}. It never talks to the
 * mail server, so an SMTP outage never holds up the consumer. An e-mail already stored for the
 * same event and template makes a duplicate delivery a no-op.
 */
@Service
public class EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);

    private final MailRenderer renderer;
    private final LanguageChoice languageChoice;
    private final Emails emails;
    private final MailSettings settings;
    private final Clock clock;

    EmailOutbox(MailRenderer renderer, Emails emails, MailSettings settings, Clock clock) {
        this.renderer = renderer;
        this.languageChoice = new LanguageChoice(renderer.languages());
        this.emails = emails;
        this.settings = settings;
        this.clock = clock;
    }

    public void enqueue(Notice notice) {
        String language = languageChoice.languageFor(notice.recipient().preferredLanguage(), notice.countryCode());
        RenderedMail mail = renderer.render(notice, language);
        Email email = Email.pending(notice, mail, settings.messageIdDomain(), clock.instant());
        if (emails.add(email)) {
            log.info("E-mail {} ({}, {}) queued for enrollment {} after event {}", email.id(), email.template(),
                    language, notice.enrollmentId(), notice.eventId());
        } else {
            log.info("E-mail {} for event {} exists already: duplicate delivery, nothing queued", email.id(),
                    notice.eventId());
        }
    }
}
