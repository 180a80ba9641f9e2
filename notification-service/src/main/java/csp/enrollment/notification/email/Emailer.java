package csp.enrollment.notification.email;

/** Hands an e-mail to a mail server. Never throws: every outcome is a {@link Delivery}. */
public interface Emailer {

    Delivery send(OutgoingMail mail);
}
