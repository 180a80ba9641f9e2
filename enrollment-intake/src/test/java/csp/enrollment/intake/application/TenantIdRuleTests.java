package csp.enrollment.intake.application;

import static csp.enrollment.intake.application.RuleAssertions.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdRuleTests {

    private final TenantIdRule rule = new TenantIdRule();

    @ParameterizedTest
    @ValueSource(strings = { "6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6f", "6F1C3A2E-8D0B-4C59-9A57-1B2F3C4D5E6F" })
    void acceptsUuidInEitherCase(String tenantId) {
        assertThat(problems(rule, withTenantId(tenantId))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "6f1c3a2e8d0b4c599a571b2f3c4d5e6f", "6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6",
            "contoso.onmicrosoft.com", "{6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6f}" })
    void refusesAnythingButAUuid(String tenantId) {
        assertThat(problems(rule, withTenantId(tenantId))).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("tenantId", ViolationCode.INVALID_FORMAT));
    }

    @Test
    void requiresTenantId() {
        assertThat(problems(rule, withTenantId(null))).extracting(Violation::code)
            .containsExactly(ViolationCode.REQUIRED);
    }

    private static ApplicationForms withTenantId(String tenantId) {
        return ApplicationForms.directBill().with(forms -> forms.tenantId = tenantId);
    }

}
