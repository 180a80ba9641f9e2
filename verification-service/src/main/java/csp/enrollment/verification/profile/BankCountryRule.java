package csp.enrollment.verification.profile;

import csp.enrollment.verification.market.CountryMarket;
import csp.enrollment.verification.market.Markets;

import java.util.Optional;

/**
 * The bank account belongs where the company does: an IBAN from another country is
 * accepted only when that country is in the company's market. An account without IBAN is
 * not checked here.
 */
public final class BankCountryRule implements ProfileRule {

    private final Markets markets;

    public BankCountryRule(Markets markets) {
        this.markets = markets;
    }

    @Override
    public Check check(Candidate candidate) {
        Profile profile = candidate.profile();
        String ibanCountry = profile.ibanCountryCode();
        if (ibanCountry == null || ibanCountry.isEmpty()) {
            return Check.notApplicable(name(), "The bank account has no IBAN.");
        }
        String companyCountry = profile.companyCountryCode();
        if (ibanCountry.equals(companyCountry)) {
            return Check.passed(name(), "The IBAN is from the company's country.");
        }
        Optional<CountryMarket> companyMarket = markets.forCountry(companyCountry);
        Optional<CountryMarket> bankMarket = markets.forCountry(ibanCountry);
        if (companyMarket.isPresent() && bankMarket.isPresent() && bankMarket.get().sameMarketAs(companyMarket.get())) {
            return Check.passed(name(), "The IBAN is from " + ibanCountry + ", in the company's market "
                    + companyMarket.get().market() + ".");
        }
        return Check.failed(name(), ReasonCodes.BANK_COUNTRY_MISMATCH, "bank.iban", "The IBAN is from " + ibanCountry
                + ", which is neither the company's country " + companyCountry + " nor in its market.");
    }

}
