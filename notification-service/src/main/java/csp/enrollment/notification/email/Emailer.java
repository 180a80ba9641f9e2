package csp.enrollment.notification.email;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntPredicate;

/**
 * Hands an e-mail to a mail server. Never throws: every outcome is a {@link Delivery}.
 */
public interface Emailer {

    Delivery send(OutgoingMail mail);

    /**
     * Hands several e-mails over, in order, telling {@code outcome} of each (its position
     * and its delivery) as soon as the server has answered for it, so the caller can
     * record it before the next one goes out. An adapter can send them over one
     * connection; this default sends them one by one.
     */
    default void sendAll(List<OutgoingMail> mails, BiConsumer<Integer, Delivery> outcome) {
        sendAll(mails, i -> true, outcome);
    }

    /**
     * As above, asking {@code stillWanted} right before each e-mail goes out: one it
     * refuses is not handed over ({@link Delivery.Withdrawn}), so an e-mail cancelled
     * while the batch was under way is not sent.
     */
    default void sendAll(List<OutgoingMail> mails, IntPredicate stillWanted, BiConsumer<Integer, Delivery> outcome) {
        for (int i = 0; i < mails.size(); i++) {
            outcome.accept(i, stillWanted.test(i) ? send(mails.get(i)) : new Delivery.Withdrawn());
        }
    }

}
