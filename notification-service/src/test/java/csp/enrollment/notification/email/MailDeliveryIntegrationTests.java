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

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
 * The e-mail records in the real MongoDB server and the mail sender that works them, against an
 * SMTP server whose replies each test chooses (refusals, temporary failures, outages).
 */
@PipelineInfrastructure
class MailDeliveryIntegrationTests {

    private static final Instant START = Instant.parse("2025-06-02T08:00:00Z");
    private static final DeliverySettings SETTINGS = new DeliverySettings(Duration.ofSeconds(1), Duration.ofMinutes(5),
            Duration.ofSeconds(5), Duration.ofMinutes(1), 50);
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

        sender(smtp.port()).sendDueEmails();

        Email sent = reloaded(email);
        assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isEqualTo(START);
        assertThat(sent.messageId()).isEqualTo(email.messageId());
        assertThat(sent.leaseToken()).isNull();
        assertThat(sent.lastError()).isNull();
        assertThat(messageIdsReceived()).containsExactly(email.messageId());
    }

    @Test
    void aPermanentRefusalMarksTheEmailFailedWithTheCauseAndItIsNotRetried() {
        smtp.replyToRecipients("550 5.1.1 <sanne@contoso.nl>: Recipient address rejected: User unknown");
        Email email = stored("event-refused");

        sender(smtp.port()).sendDueEmails();
        clock.advance(Duration.ofHours(1));
        sender(smtp.port()).sendDueEmails();

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
        MailSender sender = sender(smtp.port());

        sender.sendDueEmails();
        Email deferred = reloaded(email);
        assertThat(deferred.status()).isEqualTo(EmailStatus.PENDING);
        assertThat(deferred.attempts()).isEqualTo(1);
        assertThat(deferred.nextAttemptAt()).isEqualTo(START.plusSeconds(5));
        assertThat(deferred.lastError()).startsWith("SMTP 451");

        sender.sendDueEmails();
        assertThat(reloaded(email).attempts()).as("not due before its back-off").isEqualTo(1);

        clock.advance(Duration.ofSeconds(5));
        sender.sendDueEmails();
        assertThat(reloaded(email).attempts()).isEqualTo(2);
        assertThat(reloaded(email).nextAttemptAt()).isEqualTo(START.plusSeconds(5 + 10));

        smtp.replyToRecipients("250 2.1.5 OK");
        clock.advance(Duration.ofSeconds(10));
        sender.sendDueEmails();
        Email sent = reloaded(email);
        assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(messageIdsReceived()).containsExactly(email.messageId());
    }

    @Test
    void anUnreachableServerKeepsEveryEmailPendingAndTriesOnlyOnePerRound() throws IOException {
        List<Email> stored = IntStream.range(0, 3).mapToObj(i -> stored("event-down-" + i)).toList();

        sender(closedPort()).sendDueEmails();

        List<Email> after = stored.stream().map(this::reloaded).toList();
        assertThat(after).allSatisfy(email -> assertThat(email.status()).isEqualTo(EmailStatus.PENDING));
        assertThat(after).extracting(Email::attempts).containsExactlyInAnyOrder(1, 0, 0);
        assertThat(after).filteredOn(email -> email.attempts() == 1).singleElement()
                .satisfies(email -> assertThat(email.lastError()).containsIgnoringCase("connect"));
    }

    @Test
    void anEmailLeftBehindByACrashedAttemptIsSentAfterItsLeaseWithTheSameMessageId() {
        Email email = stored("event-crash");
        // an instance claims the e-mail and dies before it records the outcome
        assertThat(claimOne(clock.instant(), clock.instant().plus(SETTINGS.lease()), "crashed")).isPresent();

        MailSender restarted = sender(smtp.port());
        restarted.sendDueEmails();
        assertThat(smtp.messages()).as("still leased to the crashed attempt").isEmpty();

        clock.advance(SETTINGS.lease());
        restarted.sendDueEmails();
        Email sent = reloaded(email);
        assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(messageIdsReceived()).containsExactly(email.messageId());
    }

    @Test
    void anAttemptWhoseLeaseWasTakenOverCannotOverwriteTheOutcome() {
        stored("event-lease");
        Email first = claimOne(START, START.plusSeconds(60), "first").orElseThrow();
        Email second = claimOne(START.plusSeconds(60), START.plusSeconds(120), "second").orElseThrow();

        assertThat(emails.markSent(second, second.messageId(), START.plusSeconds(61))).isTrue();
        assertThat(emails.defer(first, START.plusSeconds(300), "late")).isFalse();
        assertThat(reloaded(first).status()).isEqualTo(EmailStatus.SENT);
        assertThat(reloaded(first).lastError()).isNull();
    }

    @Test
    void twoInstancesSendingAtOnceSendEveryEmailExactlyOnce() {
        List<Email> stored = IntStream.range(0, 30).mapToObj(i -> stored("event-race-" + i)).toList();
        MailSender one = sender(smtp.port());
        MailSender two = sender(smtp.port());

        CompletableFuture.allOf(CompletableFuture.runAsync(one::sendDueEmails),
                CompletableFuture.runAsync(two::sendDueEmails)).join();

        assertThat(stored).map(this::reloaded).allSatisfy(email -> {
            assertThat(email.status()).isEqualTo(EmailStatus.SENT);
            assertThat(email.attempts()).isEqualTo(1);
        });
        assertThat(messageIdsReceived()).hasSize(30).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(Email::messageId).toList());
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
                email.html(), "<other@mail.test>", EmailStatus.PENDING, 0, START, START, null, null, null);

        assertThat(emails.add(sameEventOtherId)).isFalse();
    }

    private MailSender sender(int port) {
        JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(port);
        Properties timeouts = new Properties();
        timeouts.setProperty("mail.smtp.connectiontimeout", "5000");
        timeouts.setProperty("mail.smtp.timeout", "5000");
        mailSender.setJavaMailProperties(timeouts);
        SmtpEmailer emailer = new SmtpEmailer(mailSender, new MailSettings("enrollment@example.com", "CSP", "mail.test"));
        return new MailSender(emails, emailer, SETTINGS, clock);
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

    private Optional<Email> claimOne(Instant now, Instant leaseUntil, String leaseToken) {
        return emails.claimDue(now, leaseUntil, leaseToken, 1).stream().findFirst();
    }
}
