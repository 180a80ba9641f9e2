package csp.enrollment.intake.application;

import static csp.enrollment.intake.application.RuleAssertions.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnrollmentTypeRuleTests {

    private final EnrollmentTypeRule rule = new EnrollmentTypeRule();

    @ParameterizedTest
    @ValueSource(strings = { "INDIRECT_RESELLER", "DIRECT_BILL" })
    void acceptsBothTypes(String type) {
        assertThat(problems(rule, ApplicationForms.directBill().with(forms -> forms.enrollmentType = type))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "direct_bill", "DIRECT", "INDIRECT_PROVIDER" })
    void refusesUnknownType(String type) {
        assertThat(problems(rule, ApplicationForms.directBill().with(forms -> forms.enrollmentType = type)))
            .extracting(Violation::field, Violation::code)
            .containsExactly(tuple("enrollmentType", ViolationCode.INVALID_VALUE));
    }

    @Test
    void requiresType() {
        assertThat(problems(rule, ApplicationForms.directBill().with(forms -> forms.enrollmentType = null)))
            .extracting(Violation::code)
            .containsExactly(ViolationCode.REQUIRED);
    }

}
