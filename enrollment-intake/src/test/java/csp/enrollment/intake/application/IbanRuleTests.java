package csp.enrollment.intake.application;

import static csp.enrollment.intake.application.RuleAssertions.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IbanRuleTests {

    private final IbanRule rule = new IbanRule();

    @ParameterizedTest
    @ValueSource(strings = { "NL91ABNA0417164300", "DE89370400440532013000", "GB29NWBK60161331926819",
            "BE68539007547034", "NO9386011117947", "MT84MALT011000012345MTLCAST001S", "XK051212012345678906",
            "NL91 ABNA 0417 1643 00" })
    void acceptsValidIbans(String iban) {
        assertThat(problems(rule, withIban(iban))).isEmpty();
    }

    @Test
    void refusesIbanWhoseCheckDigitsDoNotMatch() {
        assertThat(problems(rule, withIban("NL92ABNA0417164300")))
            .extracting(Violation::field, Violation::code, Violation::message)
            .containsExactly(tuple("bank.iban", ViolationCode.INVALID_IBAN,
                    "check digits do not match (ISO 13616 mod-97 check)"));
    }

    @Test
    void refusesIbanWithOneDigitOfTheAccountChanged() {
        assertThat(problems(rule, withIban("NL91ABNA0417164301"))).extracting(Violation::code)
            .containsExactly(ViolationCode.INVALID_IBAN);
    }

    @Test
    void refusesIbanOneCharacterShorterThanItsCountrysLength() {
        assertThat(problems(rule, withIban("NL91ABNA041716430"))).extracting(Violation::message)
            .containsExactly("an IBAN from NL has 18 characters");
    }

    @Test
    void refusesIbanOneCharacterLongerThanItsCountrysLength() {
        assertThat(problems(rule, withIban("DE893704004405320130001"))).extracting(Violation::message)
            .containsExactly("an IBAN from DE has 22 characters");
    }

    @Test
    void refusesIbanOfCountryWithoutIbans() {
        assertThat(problems(rule, withIban("US12345678901234567890"))).extracting(Violation::message)
            .containsExactly("country US does not use IBANs: give accountNumber and routingNumber");
    }

    @ParameterizedTest
    @ValueSource(
            strings = { "nl91abna0417164300", "NL91-ABNA-0417-1643-00", "1291ABNA0417164300", "NLAAABNA0417164300" })
    void refusesIbanWithWrongCharacters(String iban) {
        assertThat(problems(rule, withIban(iban))).extracting(Violation::code)
            .containsExactly(ViolationCode.INVALID_IBAN);
    }

    /**
     * 00, 01 and 99 can pass the remainder test (99 ≡ 02 mod 97) but ISO 13616 never
     * issues them.
     */
    @ParameterizedTest
    @ValueSource(strings = { "00", "01", "99" })
    void refusesCheckDigitsOutsideTwoToNinetyEight(String checkDigits) {
        assertThat(IbanRule.hasValidCheckDigits("NL" + checkDigits + "ABNA0417164300")).isFalse();
    }

    @Test
    void acceptsCheckDigitsNinetyEight() {
        // GB98MIDL07009312345678: a registered example whose check digits are 98.
        assertThat(IbanRule.hasValidCheckDigits("GB98MIDL07009312345678")).isTrue();
    }

    @Test
    void neverRepeatsTheIbanInItsMessage() {
        assertThat(problems(rule, withIban("NL92ABNA0417164300"))).extracting(Violation::message)
            .noneMatch(message -> message.contains("0417164300"));
    }

    @Test
    void leavesAnAbsentIbanToTheBankAccountRule() {
        assertThat(problems(rule, withIban(null))).isEmpty();
    }

    private static ApplicationForms withIban(String iban) {
        return ApplicationForms.directBill().with(forms -> forms.bank.iban = iban);
    }

}
