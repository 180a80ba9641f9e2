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
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Erasure against e-mails not sent yet, on the real MongoDB server and an SMTP server of
 * the test's own: a cancelled e-mail is never handed over, also when it is cancelled
 * while its batch is being sent.
 */
@PipelineInfrastructure
class ErasureDeliveryIntegrationTests {

    private static final Instant START = Instant.parse("2025-06-02T08:00:00Z");

    private static final WorkSettings SETTINGS = new WorkSettings(Duration.ofSeconds(1), 100, 2, Duration.ofMinutes(5),
            new WorkSettings.Retry(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(1)), Map.of());

    private static final String ENROLLMENT = "enrollment-erased";

    private static MongoClient client;

    private MongoTemplate mongo;

    private Emails emails;

    private PersonalDataErasure erasure;

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
        mongo = new MongoTemplate(client, "notification_erasure_tests");
        mongo.dropCollection(Emails.COLLECTION);
        mongo.dropCollection(ErasedEnrollments.COLLECTION);
        emails = new Emails(mongo);
        erasure = new PersonalDataErasure(new ErasedEnrollments(mongo), emails, clock);
        smtp = new TinySmtpServer();
    }

    @AfterEach
    void stopServer() throws IOException {
        smtp.close();
    }

    @Test
    void erasureCancelsAPendingEmailDropsItsRecipientAndContentAndTheSenderSkipsIt() {
        Email email = stored("event-pending");

        erasure.erase(ENROLLMENT);
        handler(smtpEmailer()).work(items(email));

        Email cancelled = emails.byId(email.id()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(EmailStatus.CANCELLED);
        assertThat(cancelled.personalDataErasedAt()).isEqualTo(START);
        assertThat(cancelled.template()).isEqualTo(email.template());
        assertThat(cancelled.createdAt()).isEqualTo(email.createdAt());
        assertThat(cancelled.nextAttemptAt()).isNull();
        assertThat(smtp.messages()).isEmpty();
        String json = mongo.getCollection(Emails.COLLECTION).find(new Document("_id", email.id())).first().toJson();
        assertThat(json).doesNotContain("sanne@contoso.nl", "Sanne", "de Vries", "Subject", "Text");
    }

    @Test
    void anEmailCancelledWhileItsBatchIsBeingSentIsNotHandedOver() {
        Email first = stored("event-first");
        Email second = stored("event-second");
        SmtpEmailer smtpEmailer = smtpEmailer();
        // the erasure arrives right after the first e-mail of the batch went out
        Emailer erasingAfterFirst = mail -> {
            Delivery delivery = smtpEmailer.send(mail);
            erasure.erase(ENROLLMENT);
            return delivery;
        };

        handler(erasingAfterFirst).work(items(first, second));

        assertThat(smtp.messages()).hasSize(1);
        // the first was on the wire when the erasure came: it went out, so its record
        // says SENT
        assertThat(emails.byId(first.id()).orElseThrow().status()).isEqualTo(EmailStatus.SENT);
        assertThat(emails.byId(first.id()).orElseThrow().recipientAddress()).isNull();
        assertThat(emails.byId(second.id()).orElseThrow().status()).isEqualTo(EmailStatus.CANCELLED);
    }

    @Test
    void aSecondErasureChangesNothing() {
        Email email = stored("event-twice");
        erasure.erase(ENROLLMENT);
        Document once = mongo.getCollection(Emails.COLLECTION).find(new Document("_id", email.id())).first();

        clock.advance(Duration.ofHours(1));
        erasure.erase(ENROLLMENT);

        assertThat(mongo.getCollection(Emails.COLLECTION).find(new Document("_id", email.id())).first())
            .isEqualTo(once);
        assertThat(erasure.isErased(ENROLLMENT)).isTrue();
    }

    @Test
    void erasingAnUnknownEnrollmentOnlyRemembersIt() {
        erasure.erase("enrollment-never-seen");

        assertThat(erasure.isErased("enrollment-never-seen")).isTrue();
        assertThat(mongo.getCollection(Emails.COLLECTION).countDocuments()).isZero();
    }

    private SmtpEmailer smtpEmailer() {
        JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(smtp.port());
        return new SmtpEmailer(mailSender,
                new MailSettings("enrollment@example.com", "CSP", "mail.test", Duration.ofDays(30)));
    }

    private SendEmails handler(Emailer emailer) {
        return new SendEmails(emails, emailer, SETTINGS, clock);
    }

    private static List<PendingWork> items(Email... emails) {
        return Arrays.stream(emails).map(email -> new PendingWork(EmailWork.SEND_EMAIL, email.id(), 0, null)).toList();
    }

    private Email stored(String eventId) {
        Notice notice = new Notice(eventId, ENROLLMENT, START, Template.APPLICATION_RECEIVED,
                new Recipient("Sanne", "de Vries", "sanne@contoso.nl", "nl"), "Contoso", "NL",
                EnrollmentKind.DIRECT_BILL, "4412345", null, null, List.of());
        Email email = Email.pending(notice, new RenderedMail("en", "Subject", "Text\n", "<p>Text</p>"), "mail.test",
                clock.instant());
        assertThat(emails.add(email)).isTrue();
        return email;
    }

}
