package csp.enrollment.verification.market;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MarketsTests {

    private final Markets shipped = Markets.fromCsv(new InputStreamReader(
            MarketsTests.class.getResourceAsStream("/markets/csp-markets.csv"), StandardCharsets.UTF_8));

    @Test
    void loadsEveryRowOfTheShippedTable() {
        assertThat(shipped.size()).isEqualTo(243);
    }

    @Test
    void givesACountryItsMarketAndCurrency() {
        assertThat(shipped.forCountry("NL")).contains(new CountryMarket("NL", "Netherlands", "Europe", "EUR"));
        assertThat(shipped.forCountry("dk"))
            .hasValueSatisfying(market -> assertThat(market.currency()).isEqualTo("DKK"));
        assertThat(shipped.forCountry("US"))
            .hasValueSatisfying(market -> assertThat(market.market()).isEqualTo("United States"));
    }

    @Test
    void readsQuotedMarketNames() {
        assertThat(shipped.forCountry("AE")).hasValueSatisfying(
                market -> assertThat(market.market()).isEqualTo("Middle East, Central and Eastern Europe"));
        assertThat(shipped.forCountry("SH")).hasValueSatisfying(
                market -> assertThat(market.countryName()).isEqualTo("Saint Helena, Ascension and Tristan da Cunha"));
    }

    @Test
    void givesRowsWithoutCurrencyTheMarketsUsualOne() {
        assertThat(shipped.forCountry("VA"))
            .hasValueSatisfying(market -> assertThat(market.currency()).isEqualTo("EUR"));
        assertThat(shipped.forCountry("KN"))
            .hasValueSatisfying(market -> assertThat(market.currency()).isEqualTo("USD"));
        assertThat(shipped.forCountry("BA"))
            .hasValueSatisfying(market -> assertThat(market.currency()).isEqualTo("USD"));
        assertThat(shipped.forCountry("MK"))
            .hasValueSatisfying(market -> assertThat(market.currency()).isEqualTo("USD"));
        assertThat(shipped.forCountry("PS"))
            .hasValueSatisfying(market -> assertThat(market.currency()).isEqualTo("USD"));
    }

    @Test
    void knowsNoMarketForCountriesOutsideTheProgram() {
        assertThat(shipped.forCountry("CN")).isEmpty();
        assertThat(shipped.forCountry("KP")).isEmpty();
        assertThat(shipped.forCountry(null)).isEmpty();
    }

    @Test
    void refusesATableListingACountryTwice() {
        assertThatIllegalArgumentException().isThrownBy(() -> Markets.fromCsv(new StringReader(
                "country_code,country_name,market,currency\nNL,Netherlands,Europe,EUR\nNL,Holland,Europe,EUR\n")));
    }

}
