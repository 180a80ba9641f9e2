package csp.enrollment.notification.email;

import java.util.List;

/** Hands an e-mail to a mail server. Never throws: every outcome is a {@link Delivery}. */
public interface Emailer {

    Delivery send(OutgoingMail mail);

    /**
     * Hands several e-mails over, in order; the outcomes are in the same order. An adapter can
     * send them over one connection; this default sends them one by one.
     */
    default List<Delivery> sendAll(List<OutgoingMail> mails) {
        return mails.stream().map(this::send).toList();
    }
}
