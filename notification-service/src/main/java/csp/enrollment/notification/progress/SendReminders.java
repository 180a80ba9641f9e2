package csp.enrollment.notification.progress;

import csp.enrollment.notification.email.EmailOutbox;
import csp.enrollment.notification.notice.Notice;
import csp.enrollment.work.PendingWork;
import csp.enrollment.work.WorkHandler;
import csp.enrollment.work.WorkKind;
import csp.enrollment.work.WorkLogContext;
import csp.enrollment.work.WorkResults;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a {@code remind-partner} timer stands for (contract.md §8): when it is due, an
 * enrollment that has not completed, not moved to the indirect reseller model and kept
 * its personal data gets its one reminder, naming what is still missing at that moment.
 * The reminder goes through the outbox like every e-mail; its id is derived from the
 * enrollment id and the template, so a timer that fires again (a redelivered event set it
 * anew, a crash before its ticket was done) finds the reminder stored and sends nothing.
 * An unknown enrollment needs nothing.
 */
@Component
class SendReminders implements WorkHandler {

    private static final Logger log = LoggerFactory.getLogger(SendReminders.class);

    private final WaitingEnrollments enrollments;

    /**
     * The outbox needs the work queue, which needs this handler: looked up when first
     * used.
     */
    private final ObjectProvider<EmailOutbox> outbox;

    private final Clock clock;

    SendReminders(WaitingEnrollments enrollments, ObjectProvider<EmailOutbox> outbox, Clock clock) {
        this.enrollments = enrollments;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public WorkKind kind() {
        return ReminderWork.REMIND_PARTNER;
    }

    @Override
    public WorkResults work(List<PendingWork> items) {
        Instant now = clock.instant();
        WorkResults results = new WorkResults();
        Map<String, WaitingEnrollment> stored = enrollments.byIds(items.stream().map(PendingWork::ref).toList());
        for (PendingWork item : items) {
            WaitingEnrollment enrollment = stored.get(item.ref());
            if (enrollment == null) {
                results.done(item.ref());
            }
            else if (enrollment.reminderDueAt() != null && enrollment.reminderDueAt().isAfter(now)) {
                results.retryAt(item.ref(), enrollment.reminderDueAt(), "not due yet");
            }
            else {
                try (var context = WorkLogContext.of(item)) {
                    remind(enrollment, item, results);
                }
            }
        }
        return results;
    }

    private void remind(WaitingEnrollment enrollment, PendingWork item, WorkResults results) {
        Optional<Notice> reminder = enrollment.reminder();
        if (reminder.isEmpty()) {
            log.info("Enrollment {} needs no reminder: completed, transitioned, erased or nothing missing",
                    enrollment.id());
            results.done(item.ref());
            return;
        }
        try {
            outbox.getObject().enqueue(reminder.get());
            results.done(item.ref());
        }
        catch (RuntimeException storeDown) {
            results.retryLater(item.ref(), storeDown.toString());
        }
    }

}
