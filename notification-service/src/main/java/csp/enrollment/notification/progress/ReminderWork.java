package csp.enrollment.notification.progress;

import csp.enrollment.work.WorkKind;

/**
 * The durable reminder timer of an enrollment, keyed by the enrollment id (work-support).
 */
final class ReminderWork {

    static final WorkKind REMIND_PARTNER = new WorkKind("remind-partner");

    private ReminderWork() {
    }

}
