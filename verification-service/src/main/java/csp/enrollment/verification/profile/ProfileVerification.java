package csp.enrollment.verification.profile;

import csp.enrollment.verification.directory.PartnerNetworkDirectory;
import csp.enrollment.verification.market.Markets;

import java.util.List;

/**
 * Runs every rule of contract.md §3 on a profile and decides. All rules always run, so a rejection lists every
 * reason at once and the case records every check.
 *
 * <p>Precedence: any failed requirement rejects the profile at once, even when the MPN ID is unknown to the
 * directory: a reviewer could confirm the MPN ID but cannot repair a missing requirement, and the partner learns
 * everything to correct days earlier. Only when nothing fails and a rule cannot decide (the MPN ID is not in the
 * directory) does the case go to a person. Warnings never block.
 */
public final class ProfileVerification {

    private final PartnerNetworkDirectory directory;
    private final Markets markets;
    private final List<ProfileRule> rules;

    public ProfileVerification(PartnerNetworkDirectory directory, Markets markets, ConsumerMailDomains consumerMailDomains) {
        this.directory = directory;
        this.markets = markets;
        this.rules = List.of(
                new MpnMembershipRule(),
                new MpnLocationRule(),
                new MarketRule(markets),
                new WorkEmailRule(consumerMailDomains),
                new BankCountryRule(markets),
                new RevenueRequirement(),
                new SigningAuthorityRule(),
                new FirstLevelSupportRule(),
                new AccountsReceivableRule(),
                new SupportPlanTimingWarning(),
                new ManagedServiceRecommendation());
    }

    public Verdict verify(Profile profile) {
        Candidate candidate = new Candidate(profile, directory.find(profile.mpnId()));
        List<Check> checks = rules.stream().map(rule -> rule.check(candidate)).toList();
        return new Verdict(statusOf(checks), checks, markets.forCountry(profile.companyCountryCode()));
    }

    private static ProfileStatus statusOf(List<Check> checks) {
        if (checks.stream().anyMatch(check -> check.is(Outcome.FAILED))) {
            return ProfileStatus.REJECTED;
        }
        if (checks.stream().anyMatch(check -> check.is(Outcome.NEEDS_REVIEW))) {
            return ProfileStatus.IN_REVIEW;
        }
        return ProfileStatus.VERIFIED;
    }
}
