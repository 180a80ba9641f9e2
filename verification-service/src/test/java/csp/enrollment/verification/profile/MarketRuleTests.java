package csp.enrollment.verification.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarketRuleTests {

    private final MarketRule rule = new MarketRule(TestMarkets.shipped());

    @Test
    void passesACountryInAMarket() {
        Check check = rule.check(Candidates.active(ProfileBuilder.directBill().country("NL").build()));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(check.message()).contains("Europe").contains("EUR");
    }

    @ParameterizedTest
    @ValueSource(strings = { "CN", "CU", "IR", "KP", "SY", "ZZ" })
    void rejectsACountryInNoMarket(String country) {
        Check check = rule
            .check(Candidates.active(ProfileBuilder.indirectReseller().country(country).ibanCountry(null).build()));

        assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(check.code()).isEqualTo("MARKET_NOT_SUPPORTED");
        assertThat(check.field()).isEqualTo("company.address.countryCode");
    }

}
