package csp.enrollment.verification.profile;

import csp.enrollment.verification.directory.Membership;
import csp.enrollment.verification.directory.PartnerNetworkDirectory;
import csp.enrollment.verification.market.Markets;
import csp.enrollment.verification.tenant.TenantClaim;
import csp.enrollment.verification.tenant.TenantClaims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs every rule of contract.md §3 on a profile and decides. All rules always run, so a
 * rejection lists every reason at once and the case records every check.
 *
 * <p>
 * Precedence: any failed requirement rejects the profile at once, even when the MPN ID is
 * unknown to the directory: a reviewer could confirm the MPN ID but cannot repair a
 * missing requirement, and the partner learns everything to correct days earlier. Only
 * when nothing fails and a rule cannot decide (the MPN ID is not in the directory) does
 * the case go to a person. Warnings never block.
 *
 * <p>
 * The tenant ({@link OneEnrollmentPerTenantRule}) is checked last, after the other rules
 * and before any review: a profile nothing else rejects claims its tenant (race-safe,
 * {@link TenantClaims}), so a tenant conflict rejects at once instead of waiting for a
 * reviewer, and a verified or reviewed profile holds its tenant. A profile other rules
 * reject only looks at who holds the tenant (to list the reason too) and claims nothing:
 * it would only block another application of the tenant until its release.
 */
public final class ProfileVerification {

    private final PartnerNetworkDirectory directory;

    private final Markets markets;

    private final TenantClaims tenantClaims;

    private final List<ProfileRule> rules;

    private final ProfileRule tenantRule = new OneEnrollmentPerTenantRule();

    public ProfileVerification(PartnerNetworkDirectory directory, Markets markets,
            ConsumerMailDomains consumerMailDomains, TenantClaims tenantClaims) {
        this.directory = directory;
        this.markets = markets;
        this.tenantClaims = tenantClaims;
        this.rules = List.of(new MpnMembershipRule(), new MpnLocationRule(), new MarketRule(markets),
                new WorkEmailRule(consumerMailDomains), new BankCountryRule(markets), new RevenueRequirement(),
                new SigningAuthorityRule(), new FirstLevelSupportRule(), new AccountsReceivableRule(),
                new SupportPlanTimingWarning(), new ManagedServiceRecommendation());
    }

    /**
     * Verifies the profile of an enrollment; claims its tenant when nothing else rejects
     * it.
     */
    public Verdict verify(String enrollmentId, Profile profile) {
        Optional<Membership> membership = directory.find(profile.mpnId());
        Candidate candidate = new Candidate(profile, membership);
        List<Check> checks = new ArrayList<>(rules.stream().map(rule -> rule.check(candidate)).toList());
        checks.add(tenantRule.check(candidate.withTenantClaim(tenantClaim(enrollmentId, profile, checks))));
        return new Verdict(statusOf(checks), checks, markets.forCountry(profile.companyCountryCode()));
    }

    private TenantClaim tenantClaim(String enrollmentId, Profile profile, List<Check> otherChecks) {
        if (profile.tenantId() == null) {
            return TenantClaim.notChecked();
        }
        if (otherChecks.stream().anyMatch(check -> check.is(Outcome.FAILED))) {
            return tenantClaims.holderOf(profile.tenantId(), enrollmentId);
        }
        return tenantClaims.claim(profile.tenantId(), enrollmentId, profile.transitionedFrom());
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
