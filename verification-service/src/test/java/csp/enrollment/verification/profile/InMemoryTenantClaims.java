package csp.enrollment.verification.profile;

import csp.enrollment.verification.tenant.TenantClaim;
import csp.enrollment.verification.tenant.TenantClaims;

import java.util.HashMap;
import java.util.Map;

/**
 * Tenant claims in a map, with the semantics of the MongoDB ones, for the rules' unit
 * tests.
 */
final class InMemoryTenantClaims implements TenantClaims {

    private final Map<String, String> holders = new HashMap<>();

    private int claimsMade;

    @Override
    public synchronized TenantClaim claim(String tenantId, String enrollmentId, String transitionedFrom) {
        claimsMade++;
        String holder = holders.get(tenantId);
        if (holder == null || holder.equals(enrollmentId) || holder.equals(transitionedFrom)) {
            holders.put(tenantId, enrollmentId);
            return TenantClaim.held(tenantId, enrollmentId);
        }
        return TenantClaim.takenBy(tenantId, holder);
    }

    @Override
    public synchronized TenantClaim holderOf(String tenantId, String enrollmentId) {
        String holder = holders.get(tenantId);
        return holder == null || holder.equals(enrollmentId) ? TenantClaim.free(tenantId)
                : TenantClaim.takenBy(tenantId, holder);
    }

    synchronized void heldBy(String tenantId, String enrollmentId) {
        holders.put(tenantId, enrollmentId);
    }

    synchronized String holder(String tenantId) {
        return holders.get(tenantId);
    }

    synchronized int claimsMade() {
        return claimsMade;
    }

}
