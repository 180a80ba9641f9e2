package csp.enrollment.notification.email;

/** How an attempt to hand an e-mail to the mail server ended. */
public sealed interface Delivery {

    /** The server accepted the e-mail. */
    record Sent(String messageId) implements Delivery {
    }

    /** Not sent, worth retrying: the server is unreachable or answered 4xx. */
    record Deferred(String cause) implements Delivery {
    }

    /** Not sent and never will be: the server answered 5xx or the address is invalid. */
    record Refused(String cause) implements Delivery {
    }

    /**
     * Not handed over at all: the e-mail was no longer PENDING when its turn came (e.g.
     * cancelled).
     */
    record Withdrawn() implements Delivery {
    }

}
