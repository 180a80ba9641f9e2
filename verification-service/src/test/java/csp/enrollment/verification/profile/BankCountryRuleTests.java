package csp.enrollment.verification.profile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BankCountryRuleTests {

    private final BankCountryRule rule = new BankCountryRule(TestMarkets.shipped());

    @Test
    void passesAnIbanFromTheCompanysCountry() {
        Check check = rule
            .check(Candidates.active(ProfileBuilder.directBill().country("NL").ibanCountry("NL").build()));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void passesAnIbanFromAnotherCountryOfTheSameMarket() {
        Check check = rule
            .check(Candidates.active(ProfileBuilder.directBill().country("NL").ibanCountry("DE").build()));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void rejectsAnIbanFromACountryOutsideTheCompanysMarket() {
        Check check = rule
            .check(Candidates.active(ProfileBuilder.directBill().country("NL").ibanCountry("AE").build()));

        assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(check.code()).isEqualTo("BANK_COUNTRY_MISMATCH");
        assertThat(check.field()).isEqualTo("bank.iban");
    }

    @Test
    void rejectsAForeignIbanWhenTheCompanyIsInNoMarket() {
        Check check = rule
            .check(Candidates.active(ProfileBuilder.directBill().country("CN").ibanCountry("DE").build()));

        assertThat(check.code()).isEqualTo("BANK_COUNTRY_MISMATCH");
    }

    @Test
    void doesNotCheckAnAccountWithoutIban() {
        Check check = rule
            .check(Candidates.active(ProfileBuilder.directBill().country("US").ibanCountry(null).build()));

        assertThat(check.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

}
