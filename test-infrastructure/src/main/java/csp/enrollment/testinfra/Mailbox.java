package csp.enrollment.testinfra;

import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** The mail that reached the test SMTP server. */
public interface Mailbox {

    /** Messages delivered to {@code address} (To, Cc or Bcc), oldest first. */
    List<MimeMessage> messagesTo(String address);

    /** Every message received, oldest first. */
    List<MimeMessage> all();

    /** Deletes every message. */
    void clear();

}
