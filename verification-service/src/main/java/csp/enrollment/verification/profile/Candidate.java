package csp.enrollment.verification.profile;

import csp.enrollment.verification.directory.Membership;
import csp.enrollment.verification.tenant.TenantClaim;

import java.util.Optional;

/**
 * What the rules look at: the submitted profile, what the partner-network directory says
 * about its MPN ID (looked up once, so every rule sees the same answer) and who holds the
 * profile's tenant ({@link OneEnrollmentPerTenantRule}).
 *
 * @param tenantClaim the claim on the tenant; {@link TenantClaim#notChecked()} while it
 * was not looked at
 */
public record Candidate(Profile profile, Optional<Membership> membership, TenantClaim tenantClaim) {

    public Candidate {
        membership = membership == null ? Optional.empty() : membership;
        tenantClaim = tenantClaim == null ? TenantClaim.notChecked() : tenantClaim;
    }

    public Candidate(Profile profile, Optional<Membership> membership) {
        this(profile, membership, TenantClaim.notChecked());
    }

    Candidate withTenantClaim(TenantClaim claim) {
        return new Candidate(profile, membership, claim);
    }
}
