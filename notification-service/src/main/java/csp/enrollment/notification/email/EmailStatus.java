package csp.enrollment.notification.email;

/** Where an e-mail is on its way to the partner. */
public enum EmailStatus {

    /** Stored, not yet accepted by the SMTP server: waiting for its (next) attempt. */
    PENDING,
    /** The SMTP server accepted it. */
    SENT,
    /**
     * The SMTP server refused it permanently (a 5xx reply, e.g. an unknown mailbox); not
     * retried.
     */
    FAILED,
    /**
     * Withdrawn before it was sent: the partner's personal data was erased on request;
     * never sent.
     */
    CANCELLED

}
