package csp.enrollment.verification.market;

/**
 * One row of the CSP regional markets table: a country, the market it belongs to and its
 * currency.
 *
 * @param market the CSP market, e.g. {@code Europe}
 * @param currency ISO 4217 currency for partners located in this country, e.g.
 * {@code EUR}
 */
public record CountryMarket(String countryCode, String countryName, String market, String currency) {

    public boolean sameMarketAs(CountryMarket other) {
        return market.equals(other.market);
    }
}
