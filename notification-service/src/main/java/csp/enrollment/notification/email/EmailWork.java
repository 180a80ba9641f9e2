package csp.enrollment.notification.email;

import csp.enrollment.work.WorkKind;

/**
 * The stored work of this service, keyed by the e-mail's id: an e-mail to send, and the
 * timer that forgets a finished e-mail's content once
 * {@code notification.mail.content-retention} has passed.
 */
final class EmailWork {

    static final WorkKind SEND_EMAIL = new WorkKind("send-email");
    static final WorkKind FORGET_CONTENT = new WorkKind("forget-email-content");

    private EmailWork() {
    }

}
