package csp.enrollment.testinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.bson.Document;
import org.junit.jupiter.api.Test;

@PipelineInfrastructure
class PipelineInfrastructureTests {

    private final TestInfrastructure infrastructure = TestInfrastructure.get();

    @Test
    void pointsSpringBootAtTheRunningParts() {
        assertThat(System.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(infrastructure.bootstrapServers());
        assertThat(System.getProperty("spring.kafka.properties.schema.registry.url"))
            .isEqualTo(infrastructure.schemaRegistryUrl());
        assertThat(System.getProperty("spring.mongodb.uri")).isEqualTo(infrastructure.mongoUri())
            .startsWith("mongodb://");
        assertThat(System.getProperty("spring.mail.host")).isEqualTo(infrastructure.smtpHost());
        assertThat(System.getProperty("spring.mail.port")).isEqualTo(String.valueOf(infrastructure.smtpPort()));
    }

    @Test
    void kafkaAnswersAnAdminCall() throws Exception {
        try (Admin admin = Admin.create(infrastructure.kafkaAdminProperties())) {
            assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS)).hasSize(1);
        }
    }

    @Test
    void mongoAnswersAPing() {
        try (MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            Document answer = client.getDatabase("admin").runCommand(new Document("ping", 1));
            assertThat(answer.get("ok", Number.class).intValue()).isEqualTo(1);
        }
    }

    @Test
    void schemaRegistryListsItsSubjects() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(infrastructure.schemaRegistryUrl() + "/subjects")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[").endsWith("]");
    }

    @Test
    void mailboxShowsMailSentOverSmtp() throws Exception {
        infrastructure.mailbox().clear();

        send("partner@contoso.example", "Enrollment received");

        assertThat(infrastructure.mailbox().messagesTo("partner@contoso.example")).extracting(MimeMessage::getSubject)
            .containsExactly("Enrollment received");
        assertThat(infrastructure.mailbox().messagesTo("nobody@contoso.example")).isEmpty();
        infrastructure.mailbox().clear();
        assertThat(infrastructure.mailbox().all()).isEmpty();
    }

    @Test
    void smtpOutageRefusesMailUntilMailStartsAgain() throws Exception {
        infrastructure.mailbox().clear();
        infrastructure.stopMail();
        try {
            assertThatThrownBy(() -> send("partner@contoso.example", "During the outage"))
                .isInstanceOf(MessagingException.class);
        }
        finally {
            infrastructure.startMail();
        }

        send("partner@contoso.example", "After the outage");

        assertThat(infrastructure.mailbox().messagesTo("partner@contoso.example")).extracting(MimeMessage::getSubject)
            .containsExactly("After the outage");
    }

    private void send(String to, String subject) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", infrastructure.smtpHost());
        props.put("mail.smtp.port", String.valueOf(infrastructure.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "2000");
        props.put("mail.smtp.timeout", "2000");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("noreply@csp.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("Hello");
        Transport.send(message);
    }

}
