package csp.enrollment.intake.application;

import static csp.enrollment.intake.application.RuleAssertions.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeRuleTests {

    private final PostalCodeRule rule = new PostalCodeRule();

    @ParameterizedTest
    @ValueSource(strings = { "1015 CJ", "10115", "SW1A 1AA", "101", "12345-6789", "D02 X285" })
    void acceptsPostalCodes(String postalCode) {
        assertThat(problems(rule, withPostalCode("NL", postalCode))).isEmpty();
    }

    @Test
    void requiresPostalCodeWhereTheCountryHasThem() {
        assertThat(problems(rule, withPostalCode("NL", null))).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("company.address.postalCode", ViolationCode.REQUIRED));
    }

    @Test
    void requiresPostalCodeWhenTheCountryIsMissing() {
        assertThat(problems(rule, withPostalCode(null, " "))).extracting(Violation::code)
            .containsExactly(ViolationCode.REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = { "AE", "HK", "QA" })
    void letsCountriesWithoutPostalCodesLeaveItOut(String country) {
        assertThat(problems(rule, withPostalCode(country, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "1", "1015_CJ", "-1015", "12345678901234567", "1015 CJ!" })
    void refusesMalformedPostalCodes(String postalCode) {
        assertThat(problems(rule, withPostalCode("NL", postalCode))).extracting(Violation::code)
            .containsExactly(ViolationCode.INVALID_FORMAT);
    }

    private static ApplicationForms withPostalCode(String country, String postalCode) {
        return ApplicationForms.directBill().with(forms -> {
            forms.company.address.countryCode = country;
            forms.company.address.postalCode = postalCode;
        });
    }

}
