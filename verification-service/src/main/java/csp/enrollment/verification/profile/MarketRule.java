package csp.enrollment.verification.profile;

import csp.enrollment.verification.market.CountryMarket;
import csp.enrollment.verification.market.Markets;

import java.util.Optional;

/**
 * The company's location decides its CSP market; a country in no market cannot take part.
 */
public final class MarketRule implements ProfileRule {

    private final Markets markets;

    public MarketRule(Markets markets) {
        this.markets = markets;
    }

    @Override
    public Check check(Candidate candidate) {
        String country = candidate.profile().companyCountryCode();
        Optional<CountryMarket> market = markets.forCountry(country);
        if (market.isEmpty()) {
            return Check.failed(name(), ReasonCodes.MARKET_NOT_SUPPORTED, "company.address.countryCode",
                    "The company's country " + country + " is not in any Cloud Solution Provider market.");
        }
        return Check.passed(name(), market.get().countryName() + " is in the CSP market " + market.get().market() + " ("
                + market.get().currency() + ").");
    }

}
