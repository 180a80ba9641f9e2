package csp.enrollment.intake.application;

import static csp.enrollment.intake.application.RuleAssertions.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectBillSectionRuleTests {

    private final DirectBillSectionRule rule = new DirectBillSectionRule();

    @Test
    void acceptsDirectBillWithItsSection() {
        assertThat(problems(rule, ApplicationForms.directBill())).isEmpty();
    }

    @Test
    void acceptsIndirectResellerWithoutTheSection() {
        assertThat(problems(rule, ApplicationForms.indirectReseller())).isEmpty();
    }

    @Test
    void requiresTheSectionForDirectBill() {
        assertThat(problems(rule, ApplicationForms.directBill().with(f -> f.directBill = null)))
            .extracting(Violation::field, Violation::code)
            .containsExactly(tuple("directBill", ViolationCode.REQUIRED));
    }

    @Test
    void refusesTheSectionForIndirectReseller() {
        var forms = ApplicationForms.indirectReseller()
            .with(f -> f.directBill = ApplicationForms.directBill().directBill);
        assertThat(problems(rule, forms)).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("directBill", ViolationCode.NOT_ALLOWED));
    }

    @Test
    void leavesTheSectionAloneWhileTheTypeIsUnknown() {
        assertThat(problems(rule, ApplicationForms.directBill().with(f -> {
            f.enrollmentType = "RESELLER";
            f.directBill = null;
        }))).isEmpty();
    }

    @Test
    void requiresEveryDeclarationOfTheSection() {
        var forms = ApplicationForms.directBill().with(f -> {
            f.directBill.cspCloudRevenueTtmUsd = null;
            f.directBill.hasSigningAuthority = null;
            f.directBill.providesFirstLevelSupport = null;
            f.directBill.hasAccountsReceivableInfrastructure = null;
            f.directBill.supportPlanPurchased = null;
        });
        assertThat(problems(rule, forms)).allMatch(violation -> violation.code() == ViolationCode.REQUIRED)
            .extracting(Violation::field)
            .containsExactly("directBill.cspCloudRevenueTtmUsd", "directBill.hasSigningAuthority",
                    "directBill.providesFirstLevelSupport", "directBill.hasAccountsReceivableInfrastructure",
                    "directBill.supportPlanPurchased");
    }

    @Test
    void acceptsNoPerpetualRevenueAndNoManagedServices() {
        assertThat(problems(rule, ApplicationForms.directBill().with(f -> {
            f.directBill.perpetualSoftwareRevenueTtmUsd = null;
            f.directBill.managedServices.clear();
        }))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "0.01", "300000", "300000.5", "300000.50", "999999999999.99", "3.5E+5" })
    void acceptsAmountsInUsdCents(String amount) {
        assertThat(problems(rule, withRevenue(amount))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "-0.01", "300000.001", "1000000000000.00" })
    void refusesNegativeFractionalCentAndTooLargeAmounts(String amount) {
        assertThat(problems(rule, withRevenue(amount))).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("directBill.cspCloudRevenueTtmUsd", ViolationCode.INVALID_VALUE));
    }

    @Test
    void refusesNegativePerpetualRevenue() {
        assertThat(problems(rule,
                ApplicationForms.directBill()
                    .with(f -> f.directBill.perpetualSoftwareRevenueTtmUsd = new BigDecimal("-1"))))
            .extracting(Violation::field)
            .containsExactly("directBill.perpetualSoftwareRevenueTtmUsd");
    }

    @Test
    void refusesBlankManagedService() {
        assertThat(problems(rule, ApplicationForms.directBill().with(f -> f.directBill.managedServices.add(" "))))
            .extracting(Violation::field, Violation::code)
            .containsExactly(tuple("directBill.managedServices[1]", ViolationCode.INVALID_VALUE));
    }

    private static ApplicationForms withRevenue(String amount) {
        return ApplicationForms.directBill().with(f -> f.directBill.cspCloudRevenueTtmUsd = new BigDecimal(amount));
    }

}
