package csp.enrollment.notification.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import csp.enrollment.notification.NotificationApplication;
import csp.enrollment.notification.ReceivedMail;
import csp.enrollment.notification.TestMail;
import csp.enrollment.notification.email.PersonalDataErasure;
import csp.enrollment.notification.notice.EnrollmentKind;
import csp.enrollment.notification.notice.Notice;
import csp.enrollment.notification.notice.Recipient;
import csp.enrollment.notification.notice.Template;
import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.work.WorkQueue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The reminder of contract.md §8 as a durable timer, on the service as it is run with a
 * reminder delay of 2 seconds: exactly one reminder naming what is missing when it is
 * due, however often its timer fires, and none once the enrollment completed, moved on or
 * lost its personal data. The instance has a database of its own and its listeners off
 * (the partner's events are handed to {@link ProgressTracking} as the listeners do), so
 * it takes nothing from the context the other tests share.
 */
@PipelineInfrastructure
class ReminderIntegrationTests {

    private static final Duration DELAY = Duration.ofSeconds(2);

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void start() {
        service = NotificationApplication.builder()
            .run("--server.port=0", "--spring.kafka.listener.auto-startup=false",
                    "--spring.mongodb.database=notification_" + UUID.randomUUID().toString().substring(0, 8),
                    "--notification.reminder.delay=2s", "--pipeline.work.sweep-interval=100ms",
                    "--pipeline.work.lease=2s", "--pipeline.work.backoff.initial=100ms",
                    "--pipeline.work.backoff.max=300ms");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aDirectBillPartnerWhoAcceptedTheAgreementIsRemindedOnceOfTheSupportPlanOnly() {
        Notice passed = notice(Template.CREDIT_CHECK_PASSED, EnrollmentKind.DIRECT_BILL, "en");
        String enrollmentId = passed.enrollmentId();
        progress().partnersTurn(passed);
        progress().agreementAccepted(enrollmentId, UUID.randomUUID().toString(), Instant.now());

        ReceivedMail reminder = TestMail.awaitFirst(passed.recipient().address());

        assertThat(reminder.subject()).isEqualTo("Your CSP enrollment is waiting for you");
        assertThat(reminder.text())
            .contains("What is still missing:",
                    "- Buy a Microsoft support plan, "
                            + "Advanced Support for Partners (ASfP) or Premier Support for Partners (PSfP)",
                    enrollmentId)
            .doesNotContain("Microsoft Partner Agreement");
        Instant due = passed.occurredAt().plus(DELAY);
        assertThat(emailsOf(enrollmentId)).singleElement()
            .satisfies(email -> assertThat(email.getDate("createdAt").toInstant()).isAfterOrEqualTo(due));
        awaitNoReminderPending();

        // the timer fires again: the event is redelivered, and the timer is set once more
        // by hand
        progress().partnersTurn(passed);
        work().schedule(ReminderWork.REMIND_PARTNER, Map.of(enrollmentId, Instant.now()));
        awaitNoReminderPending();
        await().atMost(TIMEOUT).until(() -> sendTicketsDone());

        assertThat(TestMail.messagesTo(passed.recipient().address())).hasSize(1);
        assertThat(emailsOf(enrollmentId)).singleElement().satisfies(email -> {
            assertThat(email.getString("template")).isEqualTo("enrollment-reminder");
            assertThat(email.getString("status")).isEqualTo("SENT");
        });
    }

    @Test
    void aVerifiedIndirectResellerIsRemindedOfTheTermsInItsLanguage() {
        Notice verified = notice(Template.INDIRECT_RESELLER_VERIFIED, EnrollmentKind.INDIRECT_RESELLER, "nl");
        progress().partnersTurn(verified);

        ReceivedMail reminder = TestMail.awaitFirst(verified.recipient().address());

        assertThat(reminder.subject()).isEqualTo("Uw CSP-inschrijving wacht op u");
        assertThat(reminder.text())
            .contains("Wat nog ontbreekt:", "- Accepteer de voorwaarden voor indirecte wederverkopers van Microsoft")
            .doesNotContain("ondersteuningsabonnement");
        assertThat(reminder.html()).contains("Accepteer de voorwaarden voor indirecte wederverkopers");
    }

    @Test
    void noReminderWhenTheEnrollmentCompletedBeforeItWasDue() {
        Notice passed = notice(Template.CREDIT_CHECK_PASSED, EnrollmentKind.DIRECT_BILL, "en");
        progress().partnersTurn(passed);
        progress().completed(welcome(passed));

        awaitDueAndWorked(passed);

        assertThat(TestMail.messagesTo(passed.recipient().address())).singleElement()
            .satisfies(mail -> assertThat(ReceivedMail.of(mail).subject())
                .isEqualTo("Welcome to the CSP program as a direct bill partner"));
        assertThat(emailsOf(passed.enrollmentId())).extracting(email -> email.getString("template"))
            .containsExactly("direct-bill-welcome");
    }

    @Test
    void noReminderWhenEveryStepIsRecordedEvenIfTheCompletionIsStillOnItsWay() {
        Notice passed = notice(Template.CREDIT_CHECK_PASSED, EnrollmentKind.DIRECT_BILL, "en");
        progress().supportPlanRecorded(passed.enrollmentId(), UUID.randomUUID().toString(), Instant.now());
        progress().agreementAccepted(passed.enrollmentId(), UUID.randomUUID().toString(), Instant.now());
        progress().partnersTurn(passed);

        awaitDueAndWorked(passed);

        assertThat(TestMail.messagesTo(passed.recipient().address())).isEmpty();
    }

    @Test
    void noReminderAfterTheTransition() {
        Notice failedThenPassed = notice(Template.CREDIT_CHECK_PASSED, EnrollmentKind.DIRECT_BILL, "en");
        progress().partnersTurn(failedThenPassed);
        progress().transitioned(new Notice(UUID.randomUUID().toString(), failedThenPassed.enrollmentId(), Instant.now(),
                Template.TRANSITION_TO_INDIRECT, failedThenPassed.recipient(), "Contoso Cloud B.V.", "NL",
                EnrollmentKind.DIRECT_BILL, "4412345", null, null, List.of(), List.of(), UUID.randomUUID().toString()));

        awaitDueAndWorked(failedThenPassed);

        assertThat(emailsOf(failedThenPassed.enrollmentId())).extracting(email -> email.getString("template"))
            .containsExactly("transition-to-indirect");
    }

    @Test
    void noReminderAfterThePersonalDataWasErased() {
        Notice verified = notice(Template.INDIRECT_RESELLER_VERIFIED, EnrollmentKind.INDIRECT_RESELLER, "en");
        progress().partnersTurn(verified);
        service.getBean(PersonalDataErasure.class).erase(verified.enrollmentId());

        awaitDueAndWorked(verified);

        assertThat(TestMail.messagesTo(verified.recipient().address())).isEmpty();
        assertThat(emailsOf(verified.enrollmentId())).isEmpty();
        assertThat(service.getBean(WaitingEnrollments.class).byId(verified.enrollmentId()))
            .hasValueSatisfying(waiting -> {
                assertThat(waiting.address()).isNull();
                assertThat(waiting.firstName()).isNull();
                assertThat(waiting.companyName()).isNull();
                assertThat(waiting.personalDataErasedAt()).isNotNull();
            });
    }

    private static void awaitDueAndWorked(Notice notice) {
        Instant due = notice.occurredAt().plus(DELAY);
        await().atMost(TIMEOUT).until(() -> Instant.now().isAfter(due.plusMillis(300)));
        awaitNoReminderPending();
        await().atMost(TIMEOUT).until(() -> sendTicketsDone());
    }

    private static void awaitNoReminderPending() {
        await().atMost(TIMEOUT).until(() -> work().pending(ReminderWork.REMIND_PARTNER) == 0);
    }

    private static boolean sendTicketsDone() {
        return work().pending(new csp.enrollment.work.WorkKind("send-email")) == 0;
    }

    private static List<Document> emailsOf(String enrollmentId) {
        return service.getBean(MongoTemplate.class)
            .getCollection("emails")
            .find(new Document("enrollmentId", enrollmentId))
            .into(new java.util.ArrayList<>());
    }

    private static ProgressTracking progress() {
        return service.getBean(ProgressTracking.class);
    }

    private static WorkQueue work() {
        return service.getBean(WorkQueue.class);
    }

    private static Notice notice(Template template, EnrollmentKind kind, String language) {
        String enrollmentId = UUID.randomUUID().toString();
        Recipient admin = new Recipient("Sanne", "de Vries", "remind-" + enrollmentId.substring(0, 12) + "@contoso.nl",
                language);
        return new Notice(UUID.randomUUID().toString(), enrollmentId, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                template, admin, "Contoso Cloud B.V.", "NL", kind, "4412345", "Europe", "EUR", List.of());
    }

    private static Notice welcome(Notice waiting) {
        return new Notice(UUID.randomUUID().toString(), waiting.enrollmentId(), Instant.now(),
                Template.forCompletedEnrollment(waiting.enrollmentType()), waiting.recipient(), "Contoso Cloud B.V.",
                "NL", waiting.enrollmentType(), "4412345", "Europe", "EUR", List.of());
    }

}
