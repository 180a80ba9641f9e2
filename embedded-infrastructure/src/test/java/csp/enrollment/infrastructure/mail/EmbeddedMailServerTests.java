package csp.enrollment.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EmbeddedMailServerTests {

    @Test
    void letsAnyRecipientReadTheirMailOverImap() throws Exception {
        try (EmbeddedMailServer server = EmbeddedMailServer.start(0, 0)) {
            send(server, "partner@contoso.example", "Your enrollment", "Welcome aboard");
            send(server, "someone-else@fabrikam.example", "Not for the partner", "Other text");

            Properties props = new Properties();
            props.put("mail.imap.connectiontimeout", "5000");
            props.put("mail.imap.timeout", "5000");
            Store store = Session.getInstance(props).getStore("imap");
            store.connect(server.host(), server.imapPort(), "partner@contoso.example", "any password");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                Message[] messages = inbox.getMessages();
                assertThat(messages).hasSize(1);
                assertThat(messages[0].getSubject()).isEqualTo("Your enrollment");
                assertThat(messages[0].getContent().toString()).contains("Welcome aboard");
                inbox.close(false);
            }
            finally {
                store.close();
            }
            assertThat(server.receivedMessagesFor("partner@contoso.example")).extracting(MimeMessage::getSubject)
                .containsExactly("Your enrollment");
            assertThat(server.receivedMessages()).hasSize(2);
            assertThat(server.messageCountFor("partner@contoso.example")).isEqualTo(1);
            assertThat(server.messageCountFor("nobody@contoso.example")).isZero();
        }
    }

    @Test
    void refusesMailWhileStoppedAndAcceptsItAgainOnTheSamePort() throws Exception {
        try (EmbeddedMailServer server = EmbeddedMailServer.start(0, 0)) {
            int port = server.smtpPort();
            server.stop();

            assertThatThrownBy(() -> send(server, "partner@contoso.example", "Lost", "During the outage"))
                .isInstanceOf(MessagingException.class);

            server.start();
            send(server, "partner@contoso.example", "Delivered", "After the outage");

            assertThat(server.smtpPort()).isEqualTo(port);
            assertThat(server.receivedMessagesFor("partner@contoso.example")).extracting(MimeMessage::getSubject)
                .containsExactly("Delivered");
            assertThat(server.messageCountFor("Partner@Contoso.example")).as("counted after a restart too")
                .isEqualTo(1);
        }
    }

    @Test
    void purgeEmptiesEveryMailbox() throws Exception {
        try (EmbeddedMailServer server = EmbeddedMailServer.start(0, 0)) {
            send(server, "partner@contoso.example", "Old", "Old mail");

            server.purge();

            assertThat(server.receivedMessages()).isEmpty();
            assertThat(server.receivedMessagesFor("partner@contoso.example")).isEmpty();
            assertThat(server.messageCountFor("partner@contoso.example")).isZero();
        }
    }

    @Test
    void aCountingOnlyServerAcceptsAndCountsMailButKeepsNone() throws Exception {
        try (EmbeddedMailServer server = EmbeddedMailServer.startCountingOnly(0, 0)) {
            send(server, "partner@contoso.example", "First", "One");
            send(server, "partner@contoso.example", "Second", "Two");
            send(server, "other@contoso.example", "Third", "Three");

            assertThat(server.messageCountFor("partner@contoso.example")).isEqualTo(2);
            assertThat(server.acceptedCount()).isEqualTo(3);
            assertThat(server.receivedMessages()).isEmpty();
            assertThat(server.receivedMessagesFor("partner@contoso.example")).isEmpty();
        }
    }

    private static void send(EmbeddedMailServer server, String to, String subject, String text)
            throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", server.host());
        props.put("mail.smtp.port", String.valueOf(server.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "2000");
        props.put("mail.smtp.timeout", "5000");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("noreply@csp.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message);
    }

}
