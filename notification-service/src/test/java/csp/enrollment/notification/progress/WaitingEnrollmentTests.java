package csp.enrollment.notification.progress;

import static org.assertj.core.api.Assertions.assertThat;

import csp.enrollment.notification.notice.EnrollmentKind;
import csp.enrollment.notification.notice.MissingStep;
import csp.enrollment.notification.notice.Template;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class WaitingEnrollmentTests {

    private static final Instant DUE = Instant.parse("2026-01-22T09:00:00Z");

    private static final Instant EARLIER = Instant.parse("2026-01-16T09:00:00Z");

    @Test
    void aDirectBillPartnerWhoAcceptedTheAgreementIsRemindedOnlyOfTheSupportPlan() {
        assertThat(waiting(EnrollmentKind.DIRECT_BILL, EARLIER, null, null, null, null).reminder())
            .hasValueSatisfying(reminder -> {
                assertThat(reminder.template()).isEqualTo(Template.ENROLLMENT_REMINDER);
                assertThat(reminder.missing()).containsExactly(MissingStep.SUPPORT_PLAN);
                assertThat(reminder.recipient().address()).isEqualTo("sanne@contoso.nl");
                assertThat(reminder.market()).isEqualTo("Europe");
            });
    }

    @Test
    void theReminderIsIdentifiedByTheEnrollmentSoEveryFiringMapsToTheSameEmail() {
        WaitingEnrollment waiting = waiting(EnrollmentKind.INDIRECT_RESELLER, null, null, null, null, null);
        assertThat(waiting.reminder()).hasValueSatisfying(reminder -> {
            assertThat(reminder.eventId()).isEqualTo("enrollment-1");
            assertThat(reminder.enrollmentId()).isEqualTo("enrollment-1");
            assertThat(reminder.missing()).containsExactly(MissingStep.INDIRECT_RESELLER_TERMS);
        });
    }

    @Test
    void noReminderOnceCompletedTransitionedOrErased() {
        assertThat(waiting(EnrollmentKind.DIRECT_BILL, null, null, EARLIER, null, null).reminder()).isEmpty();
        assertThat(waiting(EnrollmentKind.DIRECT_BILL, null, null, null, EARLIER, null).reminder()).isEmpty();
        assertThat(waiting(EnrollmentKind.DIRECT_BILL, null, null, null, null, EARLIER).reminder()).isEmpty();
    }

    @Test
    void noReminderWhenEveryStepIsDoneAndOnlyTheCompletionIsStillOnItsWay() {
        assertThat(waiting(EnrollmentKind.DIRECT_BILL, EARLIER, EARLIER, null, null, null).reminder()).isEmpty();
        assertThat(waiting(EnrollmentKind.INDIRECT_RESELLER, EARLIER, null, null, null, null).reminder()).isEmpty();
    }

    @Test
    void noReminderForAnEnrollmentKnownOnlyFromItsStepsWhoseTurnNeverBegan() {
        WaitingEnrollment stepsOnly = new WaitingEnrollment("enrollment-1", null, null, null, null, null, null, null,
                null, null, null, null, null, EARLIER, null, null, null, null, List.of("event-1"));
        assertThat(stepsOnly.reminder()).isEmpty();
    }

    private static WaitingEnrollment waiting(EnrollmentKind kind, Instant agreementAcceptedAt,
            Instant supportPlanRecordedAt, Instant completedAt, Instant transitionedAt, Instant erasedAt) {
        return new WaitingEnrollment("enrollment-1", kind, "Sanne", "de Vries", "sanne@contoso.nl", "nl",
                "Contoso Cloud B.V.", "NL", "4412345", "Europe", "EUR", DUE.minusSeconds(7 * 86_400), DUE,
                agreementAcceptedAt, supportPlanRecordedAt, completedAt, transitionedAt, erasedAt, List.of("event-1"));
    }

}
