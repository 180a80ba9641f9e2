package csp.enrollment.intake.application;

import static csp.enrollment.intake.application.RuleAssertions.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequiredFieldsRuleTests {

    private final RequiredFieldsRule rule = new RequiredFieldsRule();

    @Test
    void acceptsCompleteApplication() {
        assertThat(problems(rule, ApplicationForms.directBill())).isEmpty();
    }

    @Test
    void acceptsApplicationWithoutTheOptionalAddressLines() {
        assertThat(problems(rule, ApplicationForms.directBill().with(forms -> {
            forms.company.address.line2 = null;
            forms.company.address.stateOrProvince = null;
        }))).isEmpty();
    }

    @Test
    void reportsMissingSectionsOnceEach() {
        var forms = ApplicationForms.directBill().with(f -> {
            f.company = null;
            f.bank = null;
            f.admin = null;
        });
        assertThat(problems(rule, forms)).extracting(Violation::field).containsExactly("company", "bank", "admin");
    }

    @Test
    void reportsMissingAddress() {
        assertThat(problems(rule, ApplicationForms.directBill().with(f -> f.company.address = null)))
            .extracting(Violation::field)
            .containsExactly("company.address");
    }

    @Test
    void reportsEveryBlankRequiredName() {
        var forms = ApplicationForms.directBill().with(f -> {
            f.company.legalName = " ";
            f.company.address.line1 = "";
            f.company.address.city = null;
            f.bank.accountHolder = null;
            f.admin.firstName = "\t";
            f.admin.lastName = null;
        });
        assertThat(problems(rule, forms)).allMatch(violation -> violation.code() == ViolationCode.REQUIRED)
            .extracting(Violation::field)
            .containsExactly("company.legalName", "company.address.line1", "company.address.city", "bank.accountHolder",
                    "admin.firstName", "admin.lastName");
    }

}
