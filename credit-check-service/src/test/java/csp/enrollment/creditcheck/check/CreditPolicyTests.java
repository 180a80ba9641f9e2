package csp.enrollment.creditcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import csp.enrollment.creditcheck.check.Decision.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreditPolicyTests {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final CreditPolicy policy = new CreditPolicy(60);

    @Test
    void passesScoreExactlyAtMinimum() {
        Decision decision = policy.decide(60, "bureau", NOW);

        assertThat(decision.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(decision.reasons()).isEmpty();
        assertThat(decision.score()).isEqualTo(60);
        assertThat(decision.minimumScore()).isEqualTo(60);
    }

    @Test
    void failsScoreJustBelowMinimumAsTooLow() {
        Decision decision = policy.decide(59, "bureau", NOW);

        assertThat(decision.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(decision.reasons()).extracting(Decision.Reason::code)
            .containsExactly(CreditReasonCode.CREDIT_SCORE_TOO_LOW);
        assertThat(decision.reasons().get(0).message()).contains("59").contains("60");
        assertThat(decision.score()).isEqualTo(59);
    }

    @Test
    void passesTopScoreAndFailsZero() {
        assertThat(policy.decide(100, "bureau", NOW).passed()).isTrue();
        assertThat(policy.decide(0, "bureau", NOW).passed()).isFalse();
    }

    @Test
    void failsCompanyWithoutBureauRecord() {
        Decision decision = policy.noRecord("bureau", NOW);

        assertThat(decision.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(decision.score()).isNull();
        assertThat(decision.reasons()).extracting(Decision.Reason::code)
            .containsExactly(CreditReasonCode.CREDIT_BUREAU_NO_RECORD);
    }

    @Test
    void followsConfiguredMinimum() {
        CreditPolicy strict = new CreditPolicy(80);

        assertThat(strict.decide(79, "bureau", NOW).passed()).isFalse();
        assertThat(strict.decide(80, "bureau", NOW).passed()).isTrue();
    }

    @Test
    void defaultsToSixty() {
        assertThat(CreditPolicy.DEFAULT_MINIMUM_SCORE).isEqualTo(60);
    }

    @Test
    void refusesMinimumOutsideScoreRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CreditPolicy(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> new CreditPolicy(101));
    }

    @Test
    void recordsBureauAndTimeOfDecision() {
        Decision decision = policy.decide(75, "acme-bureau", NOW);

        assertThat(decision.bureau()).isEqualTo("acme-bureau");
        assertThat(decision.decidedAt()).isEqualTo(NOW);
    }

}
