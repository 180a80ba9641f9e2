package csp.enrollment.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP adapter against a real SMTP conversation, with the server's replies chosen per
 * test.
 */
class SmtpEmailerTests {

    private static final OutgoingMail MAIL = new OutgoingMail("<0b7c3e1a-1111-3c2d-9e8f-123456789abc@mail.test>",
            "sanne.devries@contoso.nl", "Sanne de Vries", "We hebben uw CSP-aanvraag ontvangen", "nl",
            "Beste Sanne,\n\nWe hebben de aanvraag van Smith & Sons ontvangen.\n",
            "<p>Beste Sanne,</p><p>We hebben de aanvraag van Smith &amp; Sons ontvangen.</p>");

    private final TinySmtpServer server = newServer();

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void sendsPlainTextAndHtmlAsAlternativesWithTheLanguageAndTheRecordsMessageId() throws Exception {
        Delivery delivery = emailer(server.port()).send(MAIL);

        assertThat(delivery).isEqualTo(new Delivery.Sent(MAIL.messageId()));
        MimeMessage received = parse(server.messages().get(0));
        assertThat(received.getMessageID()).isEqualTo(MAIL.messageId());
        assertThat(received.getSubject()).isEqualTo("We hebben uw CSP-aanvraag ontvangen");
        assertThat(received.getContentLanguage()).containsExactly("nl");
        assertThat(received.getFrom())
            .containsExactly(new InternetAddress("enrollment@example.com", "CSP Partner Enrollment"));
        InternetAddress to = (InternetAddress) received.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("sanne.devries@contoso.nl");
        assertThat(to.getPersonal()).isEqualTo("Sanne de Vries");
        MimeMultipart alternatives = (MimeMultipart) received.getContent();
        assertThat(alternatives.getContentType()).startsWith("multipart/alternative");
        assertThat(alternatives.getCount()).isEqualTo(2);
        assertThat(alternatives.getBodyPart(0).getContentType()).contains("text/plain")
            .containsIgnoringCase("charset=UTF-8");
        // line ends travel as CRLF on the wire
        assertThat(alternatives.getBodyPart(0).getContent().toString().replace("\r\n", "\n")).isEqualTo(MAIL.text());
        assertThat(alternatives.getBodyPart(1).getContentType()).contains("text/html")
            .containsIgnoringCase("charset=UTF-8");
        assertThat(alternatives.getBodyPart(1).getContent()).isEqualTo(MAIL.html());
    }

    @Test
    void keepsALineBreakInTheRecipientsNameOutOfTheHeaders() throws Exception {
        OutgoingMail mail = new OutgoingMail(MAIL.messageId(), MAIL.toAddress(), "Eve\r\nBcc: victim@example.com\r\n",
                MAIL.subject(), "en", MAIL.text(), MAIL.html());

        assertThat(emailer(server.port()).send(mail)).isInstanceOf(Delivery.Sent.class);

        String raw = server.messages().get(0);
        assertThat(raw).doesNotContainPattern("(?m)^Bcc:");
        MimeMessage received = parse(raw);
        assertThat(received.getHeader("Bcc")).isNull();
        assertThat(((InternetAddress) received.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
            .isEqualTo("Eve Bcc: victim@example.com");
    }

    @Test
    void encodesANonAsciiSubjectAndName() throws Exception {
        OutgoingMail mail = new OutgoingMail(MAIL.messageId(), MAIL.toAddress(), "Zoë Ærø",
                "We konden uw CSP-aanvraag niet verifiëren", "nl", MAIL.text(), MAIL.html());

        emailer(server.port()).send(mail);

        MimeMessage received = parse(server.messages().get(0));
        assertThat(received.getSubject()).isEqualTo("We konden uw CSP-aanvraag niet verifiëren");
        assertThat(((InternetAddress) received.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
            .isEqualTo("Zoë Ærø");
    }

    @Test
    void aPermanentRefusalOfTheRecipientIsRefused() {
        server.replyToRecipients("550 5.1.1 <sanne.devries@contoso.nl>: Recipient address rejected: User unknown");

        Delivery delivery = emailer(server.port()).send(MAIL);

        assertThat(delivery).isInstanceOf(Delivery.Refused.class);
        assertThat(((Delivery.Refused) delivery).cause()).startsWith("SMTP 550").contains("User unknown");
        assertThat(server.messages()).isEmpty();
    }

    @Test
    void aPermanentRefusalOfTheMessageIsRefused() {
        server.replyToData("554 5.7.1 Message rejected as spam");

        Delivery delivery = emailer(server.port()).send(MAIL);

        assertThat(delivery).isInstanceOf(Delivery.Refused.class);
        assertThat(((Delivery.Refused) delivery).cause()).startsWith("SMTP 554").contains("rejected as spam");
    }

    @Test
    void aTemporaryRefusalIsDeferred() {
        server.replyToRecipients("451 4.3.0 Greylisted, try again later");

        Delivery delivery = emailer(server.port()).send(MAIL);

        assertThat(delivery).isInstanceOf(Delivery.Deferred.class);
        assertThat(((Delivery.Deferred) delivery).cause()).startsWith("SMTP 451").contains("Greylisted");
    }

    @Test
    void aServerThatCannotBeReachedIsDeferred() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        Delivery delivery = emailer(closedPort).send(MAIL);

        assertThat(delivery).isInstanceOf(Delivery.Deferred.class);
        assertThat(((Delivery.Deferred) delivery).cause()).containsIgnoringCase("connect");
    }

    @Test
    void sendsSeveralEmailsOverOneConnectionReportingEachOutcomeInOrder() throws Exception {
        OutgoingMail second = new OutgoingMail("<second@mail.test>", "daan@fabrikam.nl", "Daan", "Subject", "en",
                "text", "<p>html</p>");
        OutgoingMail invalid = new OutgoingMail("<invalid@mail.test>", "not an address", "Nobody", "Subject", "en",
                "text", "<p>html</p>");

        List<Integer> order = new ArrayList<>();
        Delivery[] deliveries = new Delivery[3];
        emailer(server.port()).sendAll(List.of(MAIL, invalid, second), (i, delivery) -> {
            order.add(i);
            deliveries[i] = delivery;
        });

        assertThat(order).containsExactly(0, 1, 2);
        assertThat(deliveries[0]).isEqualTo(new Delivery.Sent(MAIL.messageId()));
        assertThat(deliveries[1]).isInstanceOf(Delivery.Refused.class);
        assertThat(deliveries[2]).isEqualTo(new Delivery.Sent("<second@mail.test>"));
        assertThat(server.messages()).hasSize(2);
        assertThat(parse(server.messages().get(0)).getMessageID()).isEqualTo(MAIL.messageId());
        assertThat(parse(server.messages().get(1)).getMessageID()).isEqualTo("<second@mail.test>");
    }

    @Test
    void aServerThatCannotBeReachedDefersEveryEmailOfABatch() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        List<Delivery> deliveries = new ArrayList<>();
        emailer(closedPort).sendAll(List.of(MAIL, MAIL), (i, delivery) -> deliveries.add(delivery));

        assertThat(deliveries).hasSize(2)
            .allSatisfy(delivery -> assertThat(delivery).isInstanceOfSatisfying(Delivery.Deferred.class,
                    d -> assertThat(d.cause()).containsIgnoringCase("connect")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "not an address", "sanne@contoso.nl\r\nBcc: victim@example.com",
            "Sanne <sanne@contoso.nl>", "sanne@contoso.nl, victim@example.com", "" })
    void anInvalidRecipientAddressIsRefusedWithoutContactingTheServer(String address) {
        OutgoingMail mail = new OutgoingMail(MAIL.messageId(), address, "Sanne", MAIL.subject(), "en", MAIL.text(),
                MAIL.html());

        Delivery delivery = emailer(server.port()).send(mail);

        assertThat(delivery).isInstanceOf(Delivery.Refused.class);
        assertThat(((Delivery.Refused) delivery).cause()).startsWith("Invalid recipient address");
        assertThat(server.messages()).isEmpty();
    }

    private static SmtpEmailer emailer(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(properties);
        return new SmtpEmailer(sender,
                new MailSettings("enrollment@example.com", "CSP Partner Enrollment", "mail.test", Duration.ofDays(30)));
    }

    private static MimeMessage parse(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static TinySmtpServer newServer() {
        try {
            return new TinySmtpServer();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
