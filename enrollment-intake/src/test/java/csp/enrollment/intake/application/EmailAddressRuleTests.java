package csp.enrollment.intake.application;

import static csp.enrollment.intake.application.RuleAssertions.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressRuleTests {

    private final EmailAddressRule rule = new EmailAddressRule();

    @ParameterizedTest
    @ValueSource(strings = { "sanne.devries@contoso.nl", "it+csp@sub.contoso.co.uk", "o'brien@contoso.ie", "a@b.io",
            "admin@xn--mller-kva.de", "first_last-1@contoso-cloud.com" })
    void acceptsAddresses(String email) {
        assertThat(EmailAddressRule.isValid(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "sanne", "sanne@", "@contoso.nl", "sanne@contoso", "sanne@@contoso.nl",
            "san ne@contoso.nl", ".sanne@contoso.nl", "sanne.@contoso.nl", "san..ne@contoso.nl", "sanne@-contoso.nl",
            "sanne@contoso-.nl", "sanne@contoso.n", "\"sanne\"@contoso.nl", "sanne@[192.168.0.1]", "zoë@contoso.nl",
            "sanne@contoso.nl." })
    void refusesMalformedAddresses(String email) {
        assertThat(EmailAddressRule.isValid(email)).isFalse();
    }

    @Test
    void acceptsLocalPartOfSixtyFourCharacters() {
        assertThat(EmailAddressRule.isValid("a".repeat(64) + "@contoso.nl")).isTrue();
    }

    @Test
    void refusesLocalPartOfSixtyFiveCharacters() {
        assertThat(EmailAddressRule.isValid("a".repeat(65) + "@contoso.nl")).isFalse();
    }

    @Test
    void reportsMalformedAddressAsInvalidFormat() {
        assertThat(problems(rule, ApplicationForms.directBill().with(f -> f.admin.workEmail = "sanne at contoso.nl")))
            .extracting(Violation::field, Violation::code)
            .containsExactly(tuple("admin.workEmail", ViolationCode.INVALID_FORMAT));
    }

    @Test
    void requiresWorkEmail() {
        assertThat(problems(rule, ApplicationForms.directBill().with(f -> f.admin.workEmail = null)))
            .extracting(Violation::code)
            .containsExactly(ViolationCode.REQUIRED);
    }

}
