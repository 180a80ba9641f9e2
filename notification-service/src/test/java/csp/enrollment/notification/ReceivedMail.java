package csp.enrollment.notification;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.util.Arrays;
import java.util.List;

/** An e-mail as the SMTP server received it, taken apart for assertions. */
public record ReceivedMail(String messageId, String subject, List<String> contentLanguage, String contentType,
        InternetAddress to, String textType, String text, String htmlType, String html, MimeMessage message) {

    public static ReceivedMail of(MimeMessage message) {
        try {
            MimeMultipart alternatives = (MimeMultipart) message.getContent();
            String[] language = message.getContentLanguage();
            return new ReceivedMail(message.getMessageID(), message.getSubject(),
                    language == null ? List.of() : Arrays.asList(language), message.getContentType(),
                    (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0],
                    alternatives.getBodyPart(0).getContentType(),
                    alternatives.getBodyPart(0).getContent().toString().replace("\r\n", "\n"),
                    alternatives.getBodyPart(1).getContentType(), alternatives.getBodyPart(1).getContent().toString(),
                    message);
        }
        catch (Exception e) {
            throw new IllegalStateException("Cannot read the received e-mail", e);
        }
    }
}
