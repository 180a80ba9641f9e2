package csp.enrollment.notification.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The {@link Emailer} that speaks SMTP through Spring's {@link JavaMailSender}. Builds a
 * multipart/alternative message (plain text, then HTML; UTF-8) with a Content-Language header
 * and the record's own Message-ID. A 5xx reply from the server is a refusal; anything else that
 * goes wrong (no connection, 4xx, timeouts, authentication) is worth retrying.
 */
@Component
class SmtpEmailer implements Emailer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final JavaMailSender mailSender;
    private final MailSettings settings;

    SmtpEmailer(JavaMailSender mailSender, MailSettings settings) {
        this.mailSender = mailSender;
        this.settings = settings;
    }

    @Override
    public Delivery send(OutgoingMail mail) {
        MimeMessage message;
        try {
            message = message(mail);
        } catch (AddressException invalid) {
            return new Delivery.Refused("Invalid recipient address: " + invalid.getMessage());
        } catch (MessagingException | UnsupportedEncodingException e) {
            return new Delivery.Refused("Cannot build the message: " + e);
        }
        try {
            mailSender.send(message);
            return new Delivery.Sent(message.getMessageID());
        } catch (MailException e) {
            return classify(e);
        } catch (MessagingException e) {
            return new Delivery.Deferred(e.toString());
        }
    }

    /**
     * Sends every e-mail over one connection to the server (Spring's batch send), instead of one
     * connection per e-mail. A message the server refused is classified on its own; if the
     * connection could not be made, every message is deferred.
     */
    @Override
    public List<Delivery> sendAll(List<OutgoingMail> mails) {
        Delivery[] outcomes = new Delivery[mails.size()];
        Map<MimeMessage, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < mails.size(); i++) {
            try {
                positions.put(message(mails.get(i)), i);
            } catch (AddressException invalid) {
                outcomes[i] = new Delivery.Refused("Invalid recipient address: " + invalid.getMessage());
            } catch (MessagingException | UnsupportedEncodingException e) {
                outcomes[i] = new Delivery.Refused("Cannot build the message: " + e);
            }
        }
        Map<Object, Exception> failed = Map.of();
        Delivery all = null;
        try {
            if (!positions.isEmpty()) {
                mailSender.send(positions.keySet().toArray(MimeMessage[]::new));
            }
        } catch (MailSendException e) {
            failed = e.getFailedMessages();
            if (failed.isEmpty()) {
                all = classify(e);
            }
        } catch (MailException e) {
            all = classify(e);
        }
        for (Map.Entry<MimeMessage, Integer> sent : positions.entrySet()) {
            Exception failure = failed.get(sent.getKey());
            outcomes[sent.getValue()] = all != null ? all
                    : failure != null ? classify(failure) : sentOutcome(sent.getKey());
        }
        return List.of(outcomes);
    }

    private static Delivery sentOutcome(MimeMessage message) {
        try {
            return new Delivery.Sent(message.getMessageID());
        } catch (MessagingException e) {
            return new Delivery.Deferred(e.toString());
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = mailSender.createMimeMessage();
        message.setFrom(new InternetAddress(settings.from(), HeaderText.sanitize(settings.fromName()), UTF_8));
        message.setRecipient(Message.RecipientType.TO, recipient(mail));
        message.setSubject(HeaderText.sanitize(mail.subject()), UTF_8);
        message.setContentLanguage(new String[] {mail.language()});
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(part(mail.text(), "plain", mail.language()));
        alternatives.addBodyPart(part(mail.html(), "html", mail.language()));
        message.setContent(alternatives);
        message.setSentDate(new Date());
        // kept by JavaMailSenderImpl: every attempt for this record carries the same Message-ID
        message.setHeader("Message-ID", mail.messageId());
        return message;
    }

    /** Exactly one plain address (no display name, no list, nothing that could break the header). */
    private static InternetAddress recipient(OutgoingMail mail) throws AddressException, UnsupportedEncodingException {
        String address = mail.toAddress() == null ? "" : mail.toAddress().strip();
        if (!HeaderText.isClean(address)) {
            throw new AddressException("control characters in the address");
        }
        InternetAddress parsed = new InternetAddress(address, true);
        if (!address.equals(parsed.getAddress())) {
            throw new AddressException("not a single plain address");
        }
        String name = HeaderText.sanitize(mail.toName());
        return name.isEmpty() ? parsed : new InternetAddress(parsed.getAddress(), name, UTF_8);
    }

    private static MimeBodyPart part(String content, String subtype, String language) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, UTF_8, subtype);
        part.setContentLanguage(new String[] {language});
        return part;
    }

    /** A 5xx reply anywhere in the failure is permanent; everything else is retried. */
    static Delivery classify(Exception failure) {
        Optional<Throwable> reply = failuresIn(failure).stream().filter(f -> replyCodeOf(f).isPresent()).findFirst();
        if (reply.isPresent()) {
            int code = replyCodeOf(reply.get()).getAsInt();
            String cause = "SMTP " + code + ": " + oneLine(reply.get().getMessage());
            return code >= 500 && code < 600 ? new Delivery.Refused(cause) : new Delivery.Deferred(cause);
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new Delivery.Deferred(root == failure ? oneLine(failure.toString())
                : oneLine(failure.getMessage()) + " (" + oneLine(root.toString()) + ")");
    }

    /** The failure and everything it wraps: causes, chained exceptions and the per-message failures. */
    private static List<Throwable> failuresIn(Throwable failure) {
        List<Throwable> found = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>(List.of(failure));
        while (!todo.isEmpty()) {
            Throwable next = todo.poll();
            if (!seen.add(next)) {
                continue;
            }
            found.add(next);
            if (next.getCause() != null) {
                todo.add(next.getCause());
            }
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                todo.add(messaging.getNextException());
            }
            if (next instanceof MailSendException send) {
                todo.addAll(send.getFailedMessages().values());
            }
        }
        return found;
    }

    private static OptionalInt replyCodeOf(Throwable failure) {
        if (failure instanceof SMTPAddressFailedException address) {
            return OptionalInt.of(address.getReturnCode());
        }
        if (failure instanceof SMTPSenderFailedException sender) {
            return OptionalInt.of(sender.getReturnCode());
        }
        if (failure instanceof SMTPSendFailedException send && send.getReturnCode() > 0) {
            return OptionalInt.of(send.getReturnCode());
        }
        return OptionalInt.empty();
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
