package csp.enrollment.notification.email;

import csp.enrollment.notification.language.LanguageChoice;
import csp.enrollment.notification.notice.ConflictingNotices;
import csp.enrollment.notification.notice.Notice;
import csp.enrollment.notification.notice.Template;
import csp.enrollment.notification.rendering.MailRenderer;
import csp.enrollment.notification.rendering.RenderedMail;
import csp.enrollment.work.Reservation;
import csp.enrollment.work.WorkQueue;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one entry point for events: renders the e-mail a {@link Notice} calls for, in the
 * language contract.md §6 chooses, stores it PENDING and starts sending it
 * ({@link SendEmails}, off the caller's thread). It never waits for the mail server, so
 * an SMTP outage never holds up the consumer. An e-mail already stored for the same event
 * and template makes a duplicate delivery a no-op.
 */
@Service
public class EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);

    private final MailRenderer renderer;

    private final LanguageChoice languageChoice;

    private final Emails emails;

    private final WorkQueue work;

    private final MailSettings settings;

    private final PersonalDataErasure erasure;

    private final Clock clock;

    EmailOutbox(MailRenderer renderer, Emails emails, WorkQueue work, MailSettings settings,
            PersonalDataErasure erasure, Clock clock) {
        this.erasure = erasure;
        this.renderer = renderer;
        this.languageChoice = new LanguageChoice(renderer.languages());
        this.emails = emails;
        this.work = work;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The e-mail already stored for the notice's enrollment that the notice contradicts
     * (e.g. a "credit check passed" after a "profile rejected"), if any: such a notice
     * must not be sent.
     */
    public Optional<Template> contradictedBy(Notice notice) {
        List<Template> earlier = emails.ofEnrollment(notice.enrollmentId())
            .stream()
            .filter(email -> !email.eventId().equals(notice.eventId()))
            .flatMap(email -> Template.ofSlug(email.template()).stream())
            .toList();
        return ConflictingNotices.conflictWith(notice.template(), earlier);
    }

    public void enqueue(Notice notice) {
        if (erasure.isErased(notice.enrollmentId())) {
            log.info("Event {} arrived after the personal data of enrollment {} was erased: no e-mail",
                    notice.eventId(), notice.enrollmentId());
            return;
        }
        String language = languageChoice.languageFor(notice.recipient().preferredLanguage(), notice.countryCode());
        RenderedMail mail = renderer.render(notice, language);
        Email email = Email.pending(notice, mail, settings.messageIdDomain(), clock.instant());
        // The ticket first: no e-mail is ever stored without one, so a crash before the
        // start
        // leaves an e-mail the sweep sends once the ticket's lease ran out.
        Reservation send = work.reserve(EmailWork.SEND_EMAIL, List.of(email.id()));
        boolean stored = emails.add(email);
        if (stored && erasure.isErased(notice.enrollmentId())) {
            // the erasure came in between the check above and the insert: it may not have
            // seen this e-mail
            erasure.erase(notice.enrollmentId());
        }
        // also after a duplicate: the handler finds the stored e-mail and sends it only
        // if still PENDING
        work.start(send);
        if (stored) {
            log.info("E-mail {} ({}, {}) queued for enrollment {} after event {}", email.id(), email.template(),
                    language, notice.enrollmentId(), notice.eventId());
        }
        else {
            log.info("E-mail {} for event {} exists already: duplicate delivery, nothing queued", email.id(),
                    notice.eventId());
        }
    }

}
