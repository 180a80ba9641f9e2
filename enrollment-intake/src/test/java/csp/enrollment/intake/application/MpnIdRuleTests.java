package csp.enrollment.intake.application;

import static csp.enrollment.intake.application.RuleAssertions.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MpnIdRuleTests {

    private final MpnIdRule rule = new MpnIdRule();

    @Test
    void acceptsSixDigits() {
        assertThat(problems(rule, withMpnId("123456"))).isEmpty();
    }

    @Test
    void acceptsTenDigits() {
        assertThat(problems(rule, withMpnId("1234567890"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "12345", "12345678901", "44123a5", " 4412345", "４４１２３４５" })
    void refusesAnythingButSixToTenDigits(String mpnId) {
        assertThat(problems(rule, withMpnId(mpnId))).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("mpnId", ViolationCode.INVALID_FORMAT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void requiresMpnId(String mpnId) {
        assertThat(problems(rule, withMpnId(mpnId))).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("mpnId", ViolationCode.REQUIRED));
    }

    private static ApplicationForms withMpnId(String mpnId) {
        return ApplicationForms.directBill().with(forms -> forms.mpnId = mpnId);
    }

}
