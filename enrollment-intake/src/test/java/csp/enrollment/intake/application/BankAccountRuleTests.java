package csp.enrollment.intake.application;

import static csp.enrollment.intake.application.RuleAssertions.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankAccountRuleTests {

    private final BankAccountRule rule = new BankAccountRule();

    @Test
    void acceptsIbanWithBic() {
        assertThat(problems(rule, ApplicationForms.directBill())).isEmpty();
    }

    @Test
    void acceptsAccountNumberWithRoutingNumber() {
        assertThat(problems(rule, domestic("000123456789", "021000021"))).isEmpty();
    }

    @Test
    void requiresIbanOrAccountNumberWithRoutingNumber() {
        assertThat(problems(rule, domestic(null, null))).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("bank.iban", ViolationCode.REQUIRED));
    }

    @Test
    void requiresRoutingNumberWithAccountNumber() {
        assertThat(problems(rule, domestic("000123456789", null))).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("bank.routingNumber", ViolationCode.REQUIRED));
    }

    @Test
    void requiresAccountNumberWithRoutingNumber() {
        assertThat(problems(rule, domestic(null, "021000021"))).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("bank.accountNumber", ViolationCode.REQUIRED));
    }

    @Test
    void refusesIbanTogetherWithAccountNumberAndRoutingNumber() {
        var forms = ApplicationForms.directBill().with(f -> {
            f.bank.accountNumber = "000123456789";
            f.bank.routingNumber = "021000021";
        });
        assertThat(problems(rule, forms)).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("bank.accountNumber", ViolationCode.NOT_ALLOWED),
                    tuple("bank.routingNumber", ViolationCode.NOT_ALLOWED));
    }

    @ParameterizedTest
    @ValueSource(strings = { "123", "12#456", "1234567890123456789012345678901234567" })
    void refusesMalformedAccountNumber(String accountNumber) {
        assertThat(problems(rule, domestic(accountNumber, "021000021"))).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("bank.accountNumber", ViolationCode.INVALID_FORMAT));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ABNANL2A", "DEUTDEFF500", "NWBKGB2L" })
    void acceptsBicOfEightOrElevenCharacters(String bic) {
        assertThat(BankAccountRule.isBic(bic)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "ABNANL2", "ABNANL2AX", "abnanl2a", "ABNAZZ2A", "ABNANL2A5000" })
    void refusesMalformedBic(String bic) {
        assertThat(problems(rule, ApplicationForms.directBill().with(f -> f.bank.bic = bic)))
            .extracting(Violation::field, Violation::code)
            .containsExactly(tuple("bank.bic", ViolationCode.INVALID_FORMAT));
    }

    @Test
    void neverRepeatsTheAccountInItsMessages() {
        assertThat(problems(rule, domestic("12#4567890", "021000021"))).extracting(Violation::message)
            .noneMatch(message -> message.contains("4567890"));
    }

    private static ApplicationForms domestic(String accountNumber, String routingNumber) {
        return ApplicationForms.directBill().with(f -> {
            f.bank.iban = null;
            f.bank.bic = null;
            f.bank.accountNumber = accountNumber;
            f.bank.routingNumber = routingNumber;
        });
    }

}
