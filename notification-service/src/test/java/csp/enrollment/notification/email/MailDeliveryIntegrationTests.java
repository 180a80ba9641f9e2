package csp.enrollment.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import csp.enrollment.notification.notice.EnrollmentKind;
import csp.enrollment.notification.notice.Notice;
import csp.enrollment.notification.notice.Recipient;
import csp.enrollment.notification.notice.Template;
import csp.enrollment.notification.rendering.RenderedMail;
import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.testinfra.TestInfrastructure;
import csp.enrollment.work.PendingWork;
import csp.enrollment.work.WorkSettings;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The e-mail records in the real MongoDB server and the handler that sends them, against
 * an SMTP server whose replies each test chooses (refusals, temporary failures, outages).
 * Claims, leases and the sweep are work-support's, tested there and in
 * {@link EmailWorkIntegrationTests}.
 */
@PipelineInfrastructure
class MailDeliveryIntegrationTests {

    private static final Instant START = Instant.parse("2025-06-02T08:00:00Z");

    private static final WorkSettings SETTINGS = new WorkSettings(Duration.ofSeconds(1), 100, 2, Duration.ofMinutes(5),
            new WorkSettings.Retry(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(1)), Map.of());

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID: (<[^>]+>)");

    private static MongoClient client;

    private MongoTemplate mongo;

    private Emails emails;

    private TinySmtpServer smtp;

    private final MutableClock clock = new MutableClock(START);

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.get().mongoUri());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void emptyStoreAndServer() throws IOException {
        mongo = new MongoTemplate(client, "notification_delivery_tests");
        mongo.dropCollection(Emails.COLLECTION);
        emails = new Emails(mongo);
        smtp = new TinySmtpServer();
    }

    @AfterEach
    void stopServer() throws IOException {
        smtp.close();
    }

    @Test
    void sendsAPendingEmailAndRecordsItSentWithItsMessageId() {
        Email email = stored("event-sent");

        handler(smtp.port()).work(items(email));

        Email sent = reloaded(email);
        assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isEqualTo(START);
        assertThat(sent.messageId()).isEqualTo(email.messageId());
        assertThat(sent.nextAttemptAt()).isNull();
        assertThat(sent.lastError()).isNull();
        assertThat(messageIdsReceived()).containsExactly(email.messageId());
    }

    @Test
    void sendsABatchOverOneConnectionAndRecordsEach() {
        List<Email> stored = IntStream.range(0, 5).mapToObj(i -> stored("event-batch-" + i)).toList();

        handler(smtp.port()).work(items(stored.toArray(Email[]::new)));

        assertThat(stored).map(this::reloaded)
            .allSatisfy(email -> assertThat(email.status()).isEqualTo(EmailStatus.SENT));
        assertThat(messageIdsReceived())
            .containsExactlyInAnyOrderElementsOf(stored.stream().map(Email::messageId).toList());
    }

    @Test
    void aPermanentRefusalMarksTheEmailFailedWithTheCauseAndItIsNotRetried() {
        smtp.replyToRecipients("550 5.1.1 <sanne@contoso.nl>: Recipient address rejected: User unknown");
        Email email = stored("event-refused");
        SendEmails handler = handler(smtp.port());

        handler.work(items(email));
        smtp.replyToRecipients("250 2.1.5 OK");
        handler.work(items(email));

        Email failed = reloaded(email);
        assertThat(failed.status()).isEqualTo(EmailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).startsWith("SMTP 550").contains("User unknown");
        assertThat(failed.sentAt()).isNull();
        assertThat(smtp.messages()).isEmpty();
    }

    @Test
    void aTemporaryFailureKeepsTheEmailPendingWithAGrowingBackOffUntilItIsSent() {
        smtp.replyToRecipients("451 4.3.0 Mailbox busy, try again later");
        Email email = stored("event-deferred");
        SendEmails handler = handler(smtp.port());

        handler.work(items(email));
        Email deferred = reloaded(email);
        assertThat(deferred.status()).isEqualTo(EmailStatus.PENDING);
        assertThat(deferred.attempts()).isEqualTo(1);
        assertThat(deferred.nextAttemptAt()).isEqualTo(START.plusSeconds(5));
        assertThat(deferred.lastError()).startsWith("SMTP 451");

        clock.advance(Duration.ofSeconds(5));
        handler.work(items(email));
        assertThat(reloaded(email).attempts()).isEqualTo(2);
        assertThat(reloaded(email).nextAttemptAt()).isEqualTo(START.plusSeconds(5 + 10));

        smtp.replyToRecipients("250 2.1.5 OK");
        clock.advance(Duration.ofSeconds(10));
        handler.work(items(email));
        Email sent = reloaded(email);
        assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(messageIdsReceived()).containsExactly(email.messageId());
    }

    @Test
    void anUnreachableServerKeepsEveryEmailPendingAfterOneConnectionAttempt() throws IOException {
        List<Email> stored = IntStream.range(0, 3).mapToObj(i -> stored("event-down-" + i)).toList();

        handler(closedPort()).work(items(stored.toArray(Email[]::new)));

        assertThat(stored).map(this::reloaded).allSatisfy(email -> {
            assertThat(email.status()).isEqualTo(EmailStatus.PENDING);
            assertThat(email.attempts()).isEqualTo(1);
            assertThat(email.nextAttemptAt()).isEqualTo(START.plusSeconds(5));
            assertThat(email.lastError()).containsIgnoringCase("connect");
        });
    }

    @Test
    void anEmailRecordedSentIsNeverSentAgain() {
        Email email = stored("event-sent-once");
        assertThat(emails.markSent(email.id(), email.messageId(), START)).isTrue();

        handler(smtp.port()).work(items(email));

        assertThat(smtp.messages()).isEmpty();
        assertThat(emails.defer(email.id(), START.plusSeconds(60), "late")).isFalse();
        assertThat(reloaded(email).status()).isEqualTo(EmailStatus.SENT);
        assertThat(reloaded(email).attempts()).isEqualTo(1);
    }

    @Test
    void aTicketWhoseEmailWasNeverStoredSendsNothing() {
        handler(smtp.port()).work(List.of(new PendingWork(EmailWork.SEND_EMAIL, "never-stored", 0, null)));

        assertThat(smtp.messages()).isEmpty();
    }

    @Test
    void storesOneEmailPerEventAndTemplate() {
        Email email = pending("event-twice", Template.REVIEW_IN_PROGRESS);
        assertThat(emails.add(email)).isTrue();
        assertThat(emails.add(pending("event-twice", Template.REVIEW_IN_PROGRESS))).isFalse();
        assertThat(emails.add(pending("event-twice", Template.PROFILE_REJECTED))).isTrue();

        assertThat(emails.ofEnrollment("enrollment-1")).extracting(Email::template)
            .containsExactly("profile-rejected", "review-in-progress");
    }

    @Test
    void theUniqueIndexRefusesASecondEmailForTheSameEventAndTemplateWhateverItsId() {
        Email email = stored("event-index");
        Email sameEventOtherId = new Email(UUID.randomUUID().toString(), email.eventId(), email.enrollmentId(),
                email.template(), "en", email.recipientAddress(), email.recipientName(), email.subject(), email.text(),
                email.html(), "<other@mail.test>", EmailStatus.PENDING, 0, START, START, null, null, null, null);

        assertThat(emails.add(sameEventOtherId)).isFalse();
    }

    private SendEmails handler(int port) {
        JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(port);
        Properties timeouts = new Properties();
        timeouts.setProperty("mail.smtp.connectiontimeout", "5000");
        timeouts.setProperty("mail.smtp.timeout", "5000");
        mailSender.setJavaMailProperties(timeouts);
        SmtpEmailer emailer = new SmtpEmailer(mailSender,
                new MailSettings("enrollment@example.com", "CSP", "mail.test", Duration.ofDays(30)));
        return new SendEmails(emails, emailer, SETTINGS, clock);
    }

    private static List<PendingWork> items(Email... emails) {
        return Arrays.stream(emails).map(email -> new PendingWork(EmailWork.SEND_EMAIL, email.id(), 0, null)).toList();
    }

    private Email stored(String eventId) {
        Email email = pending(eventId, Template.APPLICATION_RECEIVED);
        assertThat(emails.add(email)).isTrue();
        return email;
    }

    private Email pending(String eventId, Template template) {
        Notice notice = new Notice(eventId, "enrollment-1", START, template,
                new Recipient("Sanne", "de Vries", "sanne@contoso.nl", "nl"), "Contoso", "NL",
                EnrollmentKind.DIRECT_BILL, "4412345", null, null, List.of());
        return Email.pending(notice, new RenderedMail("en", "Subject", "Text\n", "<p>Text</p>"), "mail.test",
                clock.instant());
    }

    private Email reloaded(Email email) {
        return emails.byId(email.id()).orElseThrow();
    }

    private List<String> messageIdsReceived() {
        return smtp.messages().stream().map(MESSAGE_ID::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

}
