package csp.enrollment.localstack.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import csp.enrollment.infrastructure.mail.EmbeddedMailServer;

/**
 * What the suite's own SMTP server received, by recipient. A second mail with the same
 * subject to one admin is a duplicate: every e-mail of contract.md §6 has a subject of
 * its own.
 */
final class MailLedger {

    /** One received mail; its HTML part is read when asked for. */
    record Mail(String recipient, String subject, String messageId, MimeMessage message) {

        String html() {
            return MailLedger.html(message);
        }
    }

    private final EmbeddedMailServer server;

    private Map<String, List<Mail>> byRecipient = new HashMap<>();

    private int read = -1;

    MailLedger(EmbeddedMailServer server) {
        this.server = server;
    }

    /** The mails to {@code address} so far. */
    synchronized List<Mail> to(String address) {
        catchUp();
        return List.copyOf(byRecipient.getOrDefault(address.toLowerCase(Locale.ROOT), List.of()));
    }

    /** How many distinct subjects {@code address} received. */
    int distinctSubjects(String address) {
        return (int) to(address).stream().map(Mail::subject).distinct().count();
    }

    /**
     * Mails beyond the first with the same subject to the same recipient, over
     * {@code addresses}.
     */
    int duplicates(Iterable<String> addresses) {
        int duplicates = 0;
        for (String address : addresses) {
            Map<String, Integer> perSubject = new LinkedHashMap<>();
            to(address).forEach(mail -> perSubject.merge(mail.subject(), 1, Integer::sum));
            duplicates += perSubject.values().stream().mapToInt(count -> count - 1).sum();
        }
        return duplicates;
    }

    /**
     * Duplicates over {@code addresses} that carry the Message-ID of the first copy (a
     * mail client drops those).
     */
    int duplicatesWithSameMessageId(Iterable<String> addresses) {
        int same = 0;
        for (String address : addresses) {
            Map<String, String> firstId = new HashMap<>();
            for (Mail mail : to(address)) {
                String first = firstId.putIfAbsent(mail.subject(), mail.messageId());
                if (first != null && first.equals(mail.messageId())) {
                    same++;
                }
            }
        }
        return same;
    }

    /**
     * Reads every mailbox again once the count grew: GreenMail lists mail mailbox by
     * mailbox, not in the order it arrived, so a new mail may appear anywhere in the
     * list.
     */
    private void catchUp() {
        List<MimeMessage> messages = server.receivedMessages();
        if (messages.size() == read) {
            return;
        }
        Map<String, List<Mail>> fresh = new HashMap<>();
        for (MimeMessage message : messages) {
            for (String recipient : recipients(message)) {
                fresh.computeIfAbsent(recipient, r -> new ArrayList<>()).add(mail(recipient, message));
            }
        }
        byRecipient = fresh;
        read = messages.size();
    }

    private static Mail mail(String recipient, MimeMessage message) {
        try {
            return new Mail(recipient, message.getSubject(), message.getMessageID(), message);
        }
        catch (MessagingException ex) {
            return new Mail(recipient, "(unreadable: " + ex.getMessage() + ")", null, message);
        }
    }

    /** The HTML part, so a scenario can check that partner text is escaped. */
    static String html(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    var part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/html")) {
                        return String.valueOf(part.getContent());
                    }
                }
            }
            return "";
        }
        catch (MessagingException | java.io.IOException ex) {
            return "";
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            List<String> addresses = new ArrayList<>();
            if (to != null) {
                for (Address address : to) {
                    addresses.add(address instanceof InternetAddress internet
                            ? internet.getAddress().toLowerCase(Locale.ROOT) : address.toString());
                }
            }
            return addresses;
        }
        catch (MessagingException ex) {
            return List.of();
        }
    }

}
