package csp.enrollment.notification.progress;

import csp.enrollment.notification.email.EmailOutbox;
import csp.enrollment.notification.email.PersonalDataErasure;
import csp.enrollment.notification.notice.Notice;
import csp.enrollment.notification.notice.Template;
import csp.enrollment.work.WorkQueue;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one entry point for the partner's part of an enrollment (contract.md §8, §9): when
 * it becomes the partner's turn, the contact is stored and a durable reminder timer is
 * set ({@code notification.reminder.delay} after the status was reached;
 * {@link SendReminders} decides when it fires); the steps the partner takes are recorded;
 * completion and transition are recorded before their e-mail is queued, so a reminder due
 * meanwhile finds them. Nothing is kept in memory.
 */
@Service
public class ProgressTracking {

    private static final Logger log = LoggerFactory.getLogger(ProgressTracking.class);

    private final WaitingEnrollments enrollments;

    private final WorkQueue work;

    private final EmailOutbox outbox;

    private final PersonalDataErasure erasure;

    private final ReminderSettings settings;

    private final Clock clock;

    ProgressTracking(WaitingEnrollments enrollments, WorkQueue work, EmailOutbox outbox, PersonalDataErasure erasure,
            ReminderSettings settings, Clock clock) {
        this.enrollments = enrollments;
        this.work = work;
        this.outbox = outbox;
        this.erasure = erasure;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Whether the e-mail of {@code template} says it is now the partner's turn (the
     * reminder's start).
     */
    static boolean startsPartnersTurn(Template template) {
        return template == Template.INDIRECT_RESELLER_VERIFIED || template == Template.CREDIT_CHECK_PASSED;
    }

    /**
     * A verified indirect reseller or a direct bill partner that passed the credit check:
     * store whom to remind and set the timer. Any other notice (a verified direct bill
     * partner still has its credit check ahead) changes nothing. A redelivery sets the
     * same due time again.
     */
    public void partnersTurn(Notice notice) {
        if (!startsPartnersTurn(notice.template())) {
            return;
        }
        String enrollmentId = notice.enrollmentId();
        if (erasure.isErased(enrollmentId)) {
            log.info("Event {} arrived after the personal data of enrollment {} was erased: no reminder",
                    notice.eventId(), enrollmentId);
            return;
        }
        Instant since = notice.occurredAt() != null ? notice.occurredAt() : clock.instant();
        Instant due = since.plus(settings.delay());
        // the document first: a timer that finds none does nothing, a document without a
        // timer is
        // repaired by the redelivery of this event (its offset is committed only after
        // both)
        enrollments.waitForPartner(notice, since, due);
        if (erasure.isErased(enrollmentId)) {
            // the erasure came in between: it may not have seen this document
            enrollments.erasePersonalData(enrollmentId, clock.instant());
            return;
        }
        work.schedule(ReminderWork.REMIND_PARTNER, Map.of(enrollmentId, due));
        log.info("Enrollment {} waits for the partner since {}: reminder due at {}", enrollmentId, since, due);
    }

    public void agreementAccepted(String enrollmentId, String eventId, Instant acceptedAt) {
        enrollments.agreementAccepted(enrollmentId, eventId, acceptedAt);
    }

    public void supportPlanRecorded(String enrollmentId, String eventId, Instant recordedAt) {
        enrollments.supportPlanRecorded(enrollmentId, eventId, recordedAt);
    }

    /** {@code EnrollmentCompleted}: no reminder any more; the welcome e-mail. */
    public void completed(Notice welcome) {
        enrollments.completed(welcome.enrollmentId(), welcome.eventId(), occurredAt(welcome));
        outbox.enqueue(welcome);
    }

    /**
     * {@code EnrollmentTransitioned}: the old enrollment waits for nothing any more; its
     * e-mail.
     */
    public void transitioned(Notice transition) {
        enrollments.transitioned(transition.enrollmentId(), transition.eventId(), occurredAt(transition));
        outbox.enqueue(transition);
    }

    private Instant occurredAt(Notice notice) {
        return notice.occurredAt() != null ? notice.occurredAt() : clock.instant();
    }

}
