package csp.enrollment.creditcheck.check;

import static csp.enrollment.creditcheck.check.CreditChecksFixtures.directBill;
import static csp.enrollment.creditcheck.check.CreditChecksFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import csp.enrollment.creditcheck.bureau.BureauAnswer;
import csp.enrollment.creditcheck.check.Attempt.Outcome;
import csp.enrollment.creditcheck.check.Decision.Verdict;
import csp.enrollment.work.Backoff;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreditCheckTests {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private static final Duration POLL = Duration.ofHours(1);

    private final CreditPolicy policy = new CreditPolicy(60);

    private final RetryDelay backoff = new Backoff(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5))::after;

    @Test
    void startsRequestedAndDueAtOnce() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);

        assertThat(check.state()).isEqualTo(CreditCheckState.REQUESTED);
        assertThat(check.nextAttemptAt()).contains(T0);
        assertThat(check.attempts()).isEmpty();
        assertThat(check.decision()).isEmpty();
        assertThat(check.awaitsPublication()).isFalse();
    }

    @Test
    void refusesIndirectReseller() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> CreditCheck.requested(request("e1", EnrollmentType.INDIRECT_RESELLER), T0));
    }

    @Test
    void passesOnScoreAtMinimumAndAwaitsPublication() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);

        check.recordAnswer(BureauAnswer.score(60), "bureau", policy, POLL, T0.plusSeconds(1));

        assertThat(check.state()).isEqualTo(CreditCheckState.DECIDED);
        assertThat(check.decision()).get().extracting(Decision::verdict).isEqualTo(Verdict.PASSED);
        assertThat(check.nextAttemptAt()).isEmpty();
        assertThat(check.attempts()).containsExactly(new Attempt(T0.plusSeconds(1), Outcome.SCORE, 60, null));
        assertThat(check.awaitsPublication()).isTrue();
    }

    @Test
    void failsOnScoreJustBelowMinimum() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);

        check.recordAnswer(BureauAnswer.score(59), "bureau", policy, POLL, T0);

        assertThat(check.decision()).get().extracting(Decision::verdict).isEqualTo(Verdict.FAILED);
    }

    @Test
    void failsWhenBureauHasNoRecord() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);

        check.recordAnswer(BureauAnswer.noRecord(), "bureau", policy, POLL, T0);

        assertThat(check.decision().orElseThrow().reasons()).extracting(Decision.Reason::code)
            .containsExactly(CreditReasonCode.CREDIT_BUREAU_NO_RECORD);
        assertThat(check.attempts()).extracting(Attempt::outcome).containsExactly(Outcome.NO_RECORD);
    }

    @Test
    void waitsAndPollsAgainWhileReportIsPending() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);

        check.recordAnswer(BureauAnswer.pending(), "bureau", policy, POLL, T0);

        assertThat(check.state()).isEqualTo(CreditCheckState.WAITING);
        assertThat(check.nextAttemptAt()).contains(T0.plus(POLL));
        assertThat(check.decision()).isEmpty();
    }

    @Test
    void backsOffExponentiallyWhileBureauIsUnavailable() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);

        check.recordBureauUnavailable("down", backoff, T0);
        assertThat(check.nextAttemptAt()).contains(T0.plusSeconds(1));
        check.recordBureauUnavailable("down", backoff, T0.plusSeconds(1));
        assertThat(check.nextAttemptAt()).contains(T0.plusSeconds(1 + 2));
        check.recordBureauUnavailable("down", backoff, T0.plusSeconds(3));

        assertThat(check.nextAttemptAt()).contains(T0.plusSeconds(3 + 4));
        assertThat(check.state()).isEqualTo(CreditCheckState.WAITING);
        assertThat(check.attempts()).extracting(Attempt::error).containsOnly("down");
    }

    @Test
    void restartsBackOffAfterBureauAnsweredPending() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);
        check.recordBureauUnavailable("down", backoff, T0);
        check.recordBureauUnavailable("down", backoff, T0);
        check.recordAnswer(BureauAnswer.pending(), "bureau", policy, POLL, T0);

        check.recordBureauUnavailable("down", backoff, T0);

        assertThat(check.nextAttemptAt()).contains(T0.plusSeconds(1));
    }

    @Test
    void decidesOnceTheBureauIsBack() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);
        check.recordBureauUnavailable("down", backoff, T0);

        check.recordAnswer(BureauAnswer.score(90), "bureau", policy, POLL, T0.plusSeconds(5));

        assertThat(check.state()).isEqualTo(CreditCheckState.DECIDED);
        assertThat(check.attempts()).extracting(Attempt::outcome)
            .containsExactly(Outcome.BUREAU_UNAVAILABLE, Outcome.SCORE);
    }

    @Test
    void refusesAnswerAfterDecision() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);
        check.recordAnswer(BureauAnswer.score(90), "bureau", policy, POLL, T0);

        assertThatIllegalStateException()
            .isThrownBy(() -> check.recordAnswer(BureauAnswer.score(10), "bureau", policy, POLL, T0));
        assertThatIllegalStateException().isThrownBy(() -> check.recordBureauUnavailable("down", backoff, T0));
    }

    @Test
    void noLongerAwaitsPublicationOncePublished() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);
        check.recordAnswer(BureauAnswer.score(90), "bureau", policy, POLL, T0);

        check.markPublished(T0.plusSeconds(1));

        assertThat(check.awaitsPublication()).isFalse();
        assertThat(check.publishedAt()).contains(T0.plusSeconds(1));
    }

    @Test
    void refusesToPublishUndecidedCheck() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);

        assertThatIllegalStateException().isThrownBy(() -> check.markPublished(T0));
    }

    @Test
    void isOverdueWhenStillUndecidedAtTheDeadline() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);
        Duration overdueAfter = Duration.ofDays(5);

        assertThat(check.isOverdue(T0.plus(overdueAfter).minusMillis(1), overdueAfter)).isFalse();
        assertThat(check.isOverdue(T0.plus(overdueAfter), overdueAfter)).isTrue();
    }

    @Test
    void isNeverOverdueOnceDecided() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);
        check.recordAnswer(BureauAnswer.score(90), "bureau", policy, POLL, T0);

        assertThat(check.isOverdue(T0.plus(Duration.ofDays(30)), Duration.ofDays(5))).isFalse();
    }

    @Test
    void keepsOnlyTheMostRecentAttemptsButCountsThemAll() {
        CreditCheck check = CreditCheck.requested(directBill("e1"), T0);
        int attempts = CreditCheck.KEPT_ATTEMPTS + 5;

        for (int i = 0; i < attempts; i++) {
            check.recordBureauUnavailable("down " + i, backoff, T0.plusSeconds(i));
        }

        assertThat(check.attempts()).hasSize(CreditCheck.KEPT_ATTEMPTS);
        assertThat(check.attempts().get(0).error()).isEqualTo("down 5");
        assertThat(check.attemptCount()).isEqualTo(attempts);
    }

    @Test
    void directBillRequiresCreditCheckAndIndirectResellerDoesNot() {
        assertThat(request("e1", EnrollmentType.DIRECT_BILL).requiresCreditCheck()).isTrue();
        assertThat(request("e1", EnrollmentType.INDIRECT_RESELLER).requiresCreditCheck()).isFalse();
    }

}
