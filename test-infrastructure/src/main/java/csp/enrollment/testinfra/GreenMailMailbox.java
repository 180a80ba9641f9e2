package csp.enrollment.testinfra;

import csp.enrollment.infrastructure.mail.EmbeddedMailServer;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** Reads the embedded GreenMail server's mailboxes in-process. */
final class GreenMailMailbox implements Mailbox {

    private final EmbeddedMailServer server;

    GreenMailMailbox(EmbeddedMailServer server) {
        this.server = server;
    }

    @Override
    public List<MimeMessage> messagesTo(String address) {
        return server.receivedMessagesFor(address);
    }

    @Override
    public List<MimeMessage> all() {
        return server.receivedMessages();
    }

    @Override
    public void clear() {
        server.purge();
    }

}
