package csp.enrollment.intake.application;

import static csp.enrollment.intake.application.RuleAssertions.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderSafeTextRuleTests {

    private final HeaderSafeTextRule rule = new HeaderSafeTextRule();

    @Test
    void refusesLineBreakInLegalNameThatWouldInjectAMailHeader() {
        var forms = ApplicationForms.directBill().with(f -> f.company.legalName = "Contoso\r\nBcc: victim@example.com");
        assertThat(problems(rule, forms)).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("company.legalName", ViolationCode.CONTROL_CHARACTERS));
    }

    @Test
    void refusesLineFeedInWorkEmail() {
        var forms = ApplicationForms.directBill().with(f -> f.admin.workEmail = "sanne@contoso.nl\nBcc: x@y.z");
        assertThat(problems(rule, forms)).extracting(Violation::field).containsExactly("admin.workEmail");
    }

    @Test
    void reportsEveryFieldWithControlCharacters() {
        var forms = ApplicationForms.directBill().with(f -> {
            f.admin.firstName = "San\rne";
            f.admin.lastName = "de\tVries";
            f.bank.accountHolder = "Contoso\u0000";
            f.company.address.city = "Amster\u2028dam";
        });
        assertThat(problems(rule, forms)).extracting(Violation::field)
            .containsExactlyInAnyOrder("admin.firstName", "admin.lastName", "bank.accountHolder",
                    "company.address.city");
    }

    @ParameterizedTest
    @ValueSource(strings = { "\u0085", "\u007F", "\u202E", "\u2029", "\u001B" })
    void refusesOtherControlAndLineSeparatorCharacters(String character) {
        assertThat(HeaderSafeTextRule.isHeaderSafe("Sanne" + character)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Zoë Ørsted-Müller", "José O'Brien", "陈小明", "Ахмед", "محمد", "می‌خواهم", "👩‍💻 Team" })
    void acceptsNamesInAnyScript(String name) {
        assertThat(HeaderSafeTextRule.isHeaderSafe(name)).isTrue();
    }

}
