package csp.enrollment.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import csp.enrollment.notification.NotificationApplication;
import csp.enrollment.notification.TestMail;
import csp.enrollment.notification.notice.EnrollmentKind;
import csp.enrollment.notification.notice.Notice;
import csp.enrollment.notification.notice.Recipient;
import csp.enrollment.notification.notice.Template;
import csp.enrollment.notification.rendering.RenderedMail;
import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.work.WorkQueue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How stored e-mails are sent (work-support), on the service as it is run: at once when
 * stored, again after the shared back-off when the server defers, by the sweep when an
 * instance died between storing and starting, and never again once recorded SENT. Each
 * instance has a database of its own and its listeners off, so it takes nothing from the
 * context the other tests share.
 */
@PipelineInfrastructure
class EmailWorkIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aStoredEmailIsSentWithoutWaitingForTheSweep() {
        Notice notice = notice();

        try (ConfigurableApplicationContext service = start("--pipeline.work.sweep-interval=1h")) {
            service.getBean(EmailOutbox.class).enqueue(notice);

            TestMail.awaitFirst(notice.recipient().address());
            await().atMost(Duration.ofSeconds(10))
                .until(() -> service.getBean(WorkQueue.class).pending(EmailWork.SEND_EMAIL) == 0);
            assertThat(service.getBean(Emails.class).ofEnrollment(notice.enrollmentId())).singleElement()
                .satisfies(email -> assertThat(email.status()).isEqualTo(EmailStatus.SENT));
        }
    }

    @Test
    void aDeferredEmailIsTriedAgainAfterTheBackOffUntilTheServerTakesIt() throws IOException {
        Notice notice = notice();
        try (TinySmtpServer smtp = new TinySmtpServer().replyToRecipients("451 4.3.0 Mailbox busy, try again later");
                ConfigurableApplicationContext service = start("--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.port())) {
            Emails emails = service.getBean(Emails.class);
            service.getBean(EmailOutbox.class).enqueue(notice);

            await().atMost(TIMEOUT).until(() -> emails.ofEnrollment(notice.enrollmentId()).get(0).attempts() >= 3);
            Email deferred = emails.ofEnrollment(notice.enrollmentId()).get(0);
            assertThat(deferred.status()).isEqualTo(EmailStatus.PENDING);
            assertThat(deferred.lastError()).startsWith("SMTP 451");
            assertThat(smtp.messages()).isEmpty();

            smtp.replyToRecipients("250 2.1.5 OK");
            await().atMost(TIMEOUT)
                .until(() -> emails.ofEnrollment(notice.enrollmentId()).get(0).status() == EmailStatus.SENT);
            assertThat(smtp.messages()).hasSize(1);
        }
    }

    @Test
    void anEmailWhoseInstanceDiedBeforeStartingItIsSentByTheSweep() {
        String database = newDatabase();
        Email email = pending(notice());

        // ticket and record stored, never started: the instance died in between
        try (ConfigurableApplicationContext crashed = start("--spring.mongodb.database=" + database)) {
            crashed.getBean(WorkQueue.class).reserve(EmailWork.SEND_EMAIL, List.of(email.id()));
            crashed.getBean(Emails.class).add(email);
        }

        try (ConfigurableApplicationContext survivor = start("--spring.mongodb.database=" + database)) {
            TestMail.awaitFirst(email.recipientAddress());
            await().atMost(TIMEOUT)
                .until(() -> survivor.getBean(Emails.class)
                    .byId(email.id())
                    .orElseThrow()
                    .status() == EmailStatus.SENT);
            assertThat(TestMail.messagesTo(email.recipientAddress())).hasSize(1);
        }
    }

    @Test
    void anEmailRecordedSentIsNotSentAgainWhenItsTicketComesBack() {
        String database = newDatabase();
        Email email = pending(notice());

        // sent and recorded SENT, then the instance died before its ticket was done
        try (ConfigurableApplicationContext crashed = start("--spring.mongodb.database=" + database)) {
            crashed.getBean(WorkQueue.class).reserve(EmailWork.SEND_EMAIL, List.of(email.id()));
            Emails emails = crashed.getBean(Emails.class);
            emails.add(email);
            emails.markSent(email.id(), email.messageId(), Instant.now());
        }

        try (ConfigurableApplicationContext survivor = start("--spring.mongodb.database=" + database)) {
            await().atMost(TIMEOUT).until(() -> survivor.getBean(WorkQueue.class).pending(EmailWork.SEND_EMAIL) == 0);
            assertThat(TestMail.messagesTo(email.recipientAddress())).isEmpty();
        }
    }

    @Test
    void theContentOfASentEmailIsForgottenOnceTheRetentionHasPassedAndItsHistoryStays() {
        Notice notice = notice();
        try (ConfigurableApplicationContext service = start("--notification.mail.content-retention=2s")) {
            Emails emails = service.getBean(Emails.class);
            service.getBean(EmailOutbox.class).enqueue(notice);
            TestMail.awaitFirst(notice.recipient().address());
            await().atMost(TIMEOUT).until(() -> onlyEmail(emails, notice).status() == EmailStatus.SENT);
            assertThat(onlyEmail(emails, notice).subject()).isNotBlank();

            await().atMost(TIMEOUT).until(() -> onlyEmail(emails, notice).contentForgottenAt() != null);

            Email forgotten = onlyEmail(emails, notice);
            assertThat(forgotten.subject()).isNull();
            assertThat(forgotten.text()).isNull();
            assertThat(forgotten.html()).isNull();
            assertThat(forgotten.status()).isEqualTo(EmailStatus.SENT);
            assertThat(forgotten.template()).isEqualTo(Template.APPLICATION_RECEIVED.slug());
            assertThat(forgotten.recipientAddress()).isEqualTo(notice.recipient().address());
            assertThat(forgotten.sentAt()).isNotNull();
            assertThat(Duration.between(forgotten.sentAt(), forgotten.contentForgottenAt()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
            await().atMost(TIMEOUT)
                .until(() -> service.getBean(WorkQueue.class).pending(EmailWork.FORGET_CONTENT) == 0);
        }
    }

    @Test
    void anEmailStillBeingTriedKeepsItsContentPastTheRetentionUntilItIsSent() throws IOException {
        Notice notice = notice();
        try (TinySmtpServer smtp = new TinySmtpServer().replyToRecipients("451 4.3.0 Mailbox busy, try again later");
                ConfigurableApplicationContext service = start("--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.port(), "--notification.mail.content-retention=1s")) {
            Emails emails = service.getBean(Emails.class);
            service.getBean(EmailOutbox.class).enqueue(notice);

            await().atMost(TIMEOUT)
                .until(() -> onlyEmail(emails, notice).attempts() >= 3
                        && Duration.between(onlyEmail(emails, notice).createdAt(), Instant.now()).toMillis() > 2_500);
            Email deferred = onlyEmail(emails, notice);
            assertThat(deferred.status()).isEqualTo(EmailStatus.PENDING);
            assertThat(deferred.subject()).isNotBlank();
            assertThat(deferred.contentForgottenAt()).isNull();

            smtp.replyToRecipients("250 2.1.5 OK");
            await().atMost(TIMEOUT).until(() -> onlyEmail(emails, notice).contentForgottenAt() != null);
            assertThat(smtp.messages()).hasSize(1);
            assertThat(onlyEmail(emails, notice).status()).isEqualTo(EmailStatus.SENT);
        }
    }

    private static Email onlyEmail(Emails emails, Notice notice) {
        List<Email> stored = emails.ofEnrollment(notice.enrollmentId());
        assertThat(stored).hasSize(1);
        return stored.get(0);
    }

    /**
     * The service as {@code main} starts it, with a fast sweep, short leases and
     * back-off; {@code extra} wins.
     */
    private static ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.kafka.listener.auto-startup=false",
                "--spring.mongodb.database=" + newDatabase(), "--pipeline.work.sweep-interval=100ms",
                "--pipeline.work.lease=2s", "--pipeline.work.backoff.initial=100ms",
                "--pipeline.work.backoff.max=300ms"));
        // a key given twice would be read as a list: the test's own value replaces the
        // default
        for (String arg : extra) {
            args.removeIf(given -> given.startsWith(arg.substring(0, arg.indexOf('=') + 1)));
            args.add(arg);
        }
        return NotificationApplication.builder().run(args.toArray(String[]::new));
    }

    private static String newDatabase() {
        return "notification_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Notice notice() {
        String id = UUID.randomUUID().toString();
        return new Notice(UUID.randomUUID().toString(), id, Instant.now(), Template.APPLICATION_RECEIVED,
                new Recipient("Sanne", "de Vries", "sanne-" + id.substring(0, 8) + "@contoso.nl", "nl"), "Contoso",
                "NL", EnrollmentKind.DIRECT_BILL, "4412345", null, null, List.of());
    }

    private static Email pending(Notice notice) {
        return Email.pending(notice, new RenderedMail("en", "Subject", "Text\n", "<p>Text</p>"), "mail.test",
                Instant.now());
    }

}
