package csp.enrollment.notification.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
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
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntPredicate;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The {@link Emailer} that speaks SMTP through Spring's {@link JavaMailSender}. Builds a
 * multipart/alternative message (plain text, then HTML; UTF-8) with a Content-Language
 * header and the record's own Message-ID. The mail session is Spring's, built once and
 * reused; the stream provider is named once ({@link MailStreamProvider}). A 5xx reply
 * from the server is a refusal; anything else that goes wrong (no connection, 4xx,
 * timeouts, authentication) is worth retrying.
 */
@Component
class SmtpEmailer implements Emailer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final JavaMailSender mailSender;

    private final MailSettings settings;

    SmtpEmailer(JavaMailSender mailSender, MailSettings settings) {
        MailStreamProvider.nameOnce();
        this.mailSender = mailSender;
        this.settings = settings;
    }

    @Override
    public Delivery send(OutgoingMail mail) {
        MimeMessage message;
        try {
            message = message(mail);
        }
        catch (AddressException invalid) {
            return new Delivery.Refused("Invalid recipient address: " + invalid.getMessage());
        }
        catch (MessagingException | UnsupportedEncodingException e) {
            return new Delivery.Refused("Cannot build the message: " + e);
        }
        try {
            mailSender.send(message);
            return new Delivery.Sent(message.getMessageID());
        }
        catch (MailException e) {
            return classify(e);
        }
        catch (MessagingException e) {
            return new Delivery.Deferred(e.toString());
        }
    }

    /**
     * Sends the e-mails over one connection to the server instead of one connection each,
     * and reports each outcome as soon as the server answered for it: a crash then leaves
     * at most one e-mail accepted but not yet recorded as sent. Without a connection
     * every e-mail is deferred.
     */
    @Override
    public void sendAll(List<OutgoingMail> mails, IntPredicate stillWanted, BiConsumer<Integer, Delivery> outcome) {
        if (!(mailSender instanceof JavaMailSenderImpl smtp)) {
            Emailer.super.sendAll(mails, stillWanted, outcome);
            return;
        }
        Transport transport;
        try {
            String protocol = smtp.getProtocol() != null ? smtp.getProtocol()
                    : smtp.getSession().getProperty("mail.transport.protocol");
            transport = smtp.getSession().getTransport(protocol != null ? protocol : "smtp");
            transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
        }
        catch (MessagingException e) {
            Delivery down = classify(e);
            for (int i = 0; i < mails.size(); i++) {
                outcome.accept(i, down);
            }
            return;
        }
        try {
            for (int i = 0; i < mails.size(); i++) {
                outcome.accept(i,
                        !stillWanted.test(i) ? new Delivery.Withdrawn()
                                : transport.isConnected() ? sendOver(transport, mails.get(i))
                                        : new Delivery.Deferred("The connection to the mail server was lost"));
            }
        }
        finally {
            try {
                transport.close();
            }
            catch (MessagingException ignored) {
                // the e-mails are handed over; a failing QUIT changes nothing
            }
        }
    }

    private Delivery sendOver(Transport transport, OutgoingMail mail) {
        MimeMessage message;
        try {
            message = message(mail);
            message.saveChanges();
            // saveChanges() assigns a new Message-ID: every attempt must carry the
            // record's own
            message.setHeader("Message-ID", mail.messageId());
        }
        catch (AddressException invalid) {
            return new Delivery.Refused("Invalid recipient address: " + invalid.getMessage());
        }
        catch (MessagingException | UnsupportedEncodingException e) {
            return new Delivery.Refused("Cannot build the message: " + e);
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
            return new Delivery.Sent(mail.messageId());
        }
        catch (MessagingException e) {
            return classify(e);
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = mailSender.createMimeMessage();
        message.setFrom(new InternetAddress(settings.from(), HeaderText.sanitize(settings.fromName()), UTF_8));
        message.setRecipient(Message.RecipientType.TO, recipient(mail));
        message.setSubject(HeaderText.sanitize(mail.subject()), UTF_8);
        message.setContentLanguage(new String[] { mail.language() });
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(part(mail.text(), "plain", mail.language()));
        alternatives.addBodyPart(part(mail.html(), "html", mail.language()));
        message.setContent(alternatives);
        message.setSentDate(new Date());
        // kept by JavaMailSenderImpl: every attempt for this record carries the same
        // Message-ID
        message.setHeader("Message-ID", mail.messageId());
        return message;
    }

    /**
     * Exactly one plain address (no display name, no list, nothing that could break the
     * header).
     */
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
        part.setContentLanguage(new String[] { language });
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

    /**
     * The failure and everything it wraps: causes, chained exceptions and the per-message
     * failures.
     */
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
