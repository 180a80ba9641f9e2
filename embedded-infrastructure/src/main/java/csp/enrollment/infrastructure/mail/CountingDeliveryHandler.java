package csp.enrollment.infrastructure.mail;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import jakarta.mail.MessagingException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * GreenMail's own delivery, counting each accepted mail under its recipient's address;
 * or, for a benchmark, counting only: the message is accepted over SMTP as always, then
 * dropped instead of kept in a mailbox in memory (a long run would otherwise hold every
 * e-mail in the heap).
 */
final class CountingDeliveryHandler implements MessageDeliveryHandler {

    private final MessageDeliveryHandler delegate;

    private final Map<String, Integer> counts;

    private final LongAdder total;

    private final GreenMailUser nobody;

    private final Consumer<String> listener;

    CountingDeliveryHandler(MessageDeliveryHandler delegate, Map<String, Integer> counts, LongAdder total,
            GreenMailUser nobody, Consumer<String> listener) {
        this.delegate = delegate;
        this.counts = counts;
        this.total = total;
        this.nobody = nobody;
        this.listener = listener;
    }

    @Override
    public GreenMailUser handle(MovingMessage message, MailAddress address) throws MessagingException, UserException {
        GreenMailUser user = nobody == null ? delegate.handle(message, address) : nobody;
        String recipient = normalized(address.getEmail());
        counts.merge(recipient, 1, Integer::sum);
        total.increment();
        listener.accept(recipient);
        return user;
    }

    static String normalized(String address) {
        return address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
    }

}
