package csp.enrollment.verification.profile;

import csp.enrollment.verification.tenant.TenantClaim;

/**
 * One CSP enrollment per tenant (contract §3,
 * {@link ReasonCodes#TENANT_ALREADY_ENROLLED}): the tenant used for CSP transactions may
 * not have another enrollment that is in progress or ENROLLED, since a CSP partner's
 * tenant cannot also be another CSP partner's customer. A transition (contract §9)
 * continues the enrollment that held the tenant and is exempt. The rule reads the claim
 * {@link ProfileVerification} made; the message never names the other enrollment (it may
 * be another partner's).
 */
public final class OneEnrollmentPerTenantRule implements ProfileRule {

    private static final String FIELD = "tenantId";

    @Override
    public Check check(Candidate candidate) {
        Profile profile = candidate.profile();
        TenantClaim claim = candidate.tenantClaim();
        if (profile.tenantId() == null || claim.is(TenantClaim.Status.NOT_CHECKED)) {
            return Check.notApplicable(name(), "No tenant was given, so no tenant is claimed.");
        }
        if (profile.isTransition()) {
            return Check.passed(name(), "Tenant " + profile.tenantId() + " continues enrollment "
                    + profile.transitionedFrom()
                    + " after its transition to the indirect reseller model: a transition reuses its tenant and is exempt.");
        }
        if (claim.is(TenantClaim.Status.TAKEN)) {
            return Check.failed(name(), ReasonCodes.TENANT_ALREADY_ENROLLED, FIELD, "The tenant " + profile.tenantId()
                    + " already has a Cloud Solution Provider enrollment that is in "
                    + "progress or enrolled. A tenant can be used for one CSP enrollment only, and a CSP "
                    + "partner's tenant cannot also be another CSP partner's customer: apply with the tenant you "
                    + "will transact with, or wait until the other enrollment has ended.");
        }
        if (claim.is(TenantClaim.Status.HELD)) {
            return Check.passed(name(),
                    "Tenant " + profile.tenantId() + " has no other CSP enrollment; it is claimed for this one.");
        }
        return Check.passed(name(),
                "Tenant " + profile.tenantId() + " has no other CSP enrollment in progress or enrolled.");
    }

}
