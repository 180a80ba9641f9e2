package csp.enrollment.intake.application;

import static csp.enrollment.intake.application.RuleAssertions.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeRuleTests {

    private final CountryCodeRule rule = new CountryCodeRule();

    @ParameterizedTest
    @ValueSource(strings = { "NL", "US", "CN", "XK", "AX" })
    void acceptsIsoAlpha2CodesAndKosovo(String code) {
        assertThat(problems(rule, withCountry(code))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "nl", "NLD", "N", "ZZ", "UK", "EU" })
    void refusesWhatIsNotAnUpperCaseIsoAlpha2Code(String code) {
        assertThat(problems(rule, withCountry(code))).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("company.address.countryCode", ViolationCode.INVALID_COUNTRY));
    }

    @Test
    void requiresCountryCode() {
        assertThat(problems(rule, withCountry(null))).extracting(Violation::code)
            .containsExactly(ViolationCode.REQUIRED);
    }

    @Test
    void leavesAMissingAddressToTheRequiredFieldsRule() {
        assertThat(problems(rule, ApplicationForms.directBill().with(forms -> forms.company.address = null))).isEmpty();
    }

    private static ApplicationForms withCountry(String code) {
        return ApplicationForms.directBill().with(forms -> forms.company.address.countryCode = code);
    }

}
