package csp.enrollment.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyRuleTests {

    @Test
    void acceptsKeyOfOneHundredTwentyEightCharacters() {
        assertThat(IdempotencyKeyRule.check("k".repeat(128), "Idempotency-Key")).isEmpty();
    }

    @Test
    void refusesKeyOfOneHundredTwentyNineCharacters() {
        assertThat(IdempotencyKeyRule.check("k".repeat(129), "Idempotency-Key")).get()
            .extracting(Violation::field, Violation::code)
            .containsExactly("Idempotency-Key", ViolationCode.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = { "order 42/retry:1", "~!@#$%^&*()_+{}|", "6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6f" })
    void acceptsPrintableAsciiKeys(String key) {
        assertThat(IdempotencyKeyRule.check(key, "idempotencyKey")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "key\n", "key\u0000", "clé", "key\u007F" })
    void refusesEmptyOrUnprintableKeys(String key) {
        assertThat(IdempotencyKeyRule.check(key, "idempotencyKey")).get()
            .extracting(Violation::code)
            .isEqualTo(ViolationCode.INVALID_FORMAT);
    }

}
