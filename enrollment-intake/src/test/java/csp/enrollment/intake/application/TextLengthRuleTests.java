package csp.enrollment.intake.application;

import static csp.enrollment.intake.application.RuleAssertions.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class TextLengthRuleTests {

    private final TextLengthRule rule = new TextLengthRule();

    @Test
    void acceptsLegalNameOfExactlyTwoHundredCharacters() {
        assertThat(problems(rule, ApplicationForms.directBill().with(f -> f.company.legalName = "a".repeat(200))))
            .isEmpty();
    }

    @Test
    void refusesLegalNameOfTwoHundredAndOneCharacters() {
        assertThat(problems(rule, ApplicationForms.directBill().with(f -> f.company.legalName = "a".repeat(201))))
            .extracting(Violation::field, Violation::code)
            .containsExactly(tuple("company.legalName", ViolationCode.TOO_LONG));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String hundredEmoji = "😀".repeat(100);
        assertThat(problems(rule, ApplicationForms.directBill().with(f -> f.admin.firstName = hundredEmoji))).isEmpty();
    }

    @Test
    void refusesFirstNameOfHundredAndOneCharacters() {
        assertThat(problems(rule, ApplicationForms.directBill().with(f -> f.admin.firstName = "a".repeat(101))))
            .extracting(Violation::field)
            .containsExactly("admin.firstName");
    }

    @Test
    void refusesTooLongManagedServiceByItsIndex() {
        assertThat(problems(rule,
                ApplicationForms.directBill().with(f -> f.directBill.managedServices.add("s".repeat(201)))))
            .extracting(Violation::field)
            .containsExactly("directBill.managedServices[1]");
    }

}
