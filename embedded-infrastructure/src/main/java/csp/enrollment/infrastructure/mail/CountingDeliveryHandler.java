package csp.enrollment.infrastructure.mail;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import jakarta.mail.MessagingException;
import java.util.Locale;
import java.util.Map;

/** GreenMail's own delivery, counting each accepted mail under its recipient's address. */
final class CountingDeliveryHandler implements MessageDeliveryHandler {

    private final MessageDeliveryHandler delegate;
    private final Map<String, Integer> counts;

    CountingDeliveryHandler(MessageDeliveryHandler delegate, Map<String, Integer> counts) {
        this.delegate = delegate;
        this.counts = counts;
    }

    @Override
    public GreenMailUser handle(MovingMessage message, MailAddress address) throws MessagingException, UserException {
        GreenMailUser user = delegate.handle(message, address);
        counts.merge(normalized(address.getEmail()), 1, Integer::sum);
        return user;
    }

    static String normalized(String address) {
        return address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
    }
}
