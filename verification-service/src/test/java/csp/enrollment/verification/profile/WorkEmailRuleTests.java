package csp.enrollment.verification.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WorkEmailRuleTests {

    private final WorkEmailRule rule = new WorkEmailRule(TestMarkets.shippedMailDomains());

    @Test
    void passesAnAddressAtTheCompanysDomain() {
        Check check = rule
            .check(Candidates.active(ProfileBuilder.directBill().workEmail("sanne.devries@contoso.nl").build()));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    }

    @ParameterizedTest
    @ValueSource(strings = { "sanne@gmail.com", "sanne@outlook.com", "sanne@hotmail.com", "sanne@yahoo.com",
            "Sanne@GMail.COM", "sanne@ziggo.nl" })
    void rejectsAnAddressAtAConsumerMailDomain(String email) {
        Check check = rule.check(Candidates.active(ProfileBuilder.directBill().workEmail(email).build()));

        assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(check.code()).isEqualTo("WORK_EMAIL_REQUIRED");
        assertThat(check.field()).isEqualTo("admin.workEmail");
    }

    @Test
    void rejectsAnAddressWithoutDomain() {
        Check check = rule.check(Candidates.active(ProfileBuilder.directBill().workEmail("sanne").build()));

        assertThat(check.code()).isEqualTo("WORK_EMAIL_REQUIRED");
    }

    @Test
    void doesNotMistakeAWorkDomainContainingAConsumerNameForIt() {
        Check check = rule
            .check(Candidates.active(ProfileBuilder.directBill().workEmail("it@gmail.com.contoso.nl").build()));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    }

}
