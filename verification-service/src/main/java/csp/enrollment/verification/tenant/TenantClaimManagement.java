package csp.enrollment.verification.tenant;

import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.List;

/**
 * What frees or moves a tenant claim (contract §3, {@code TENANT_ALREADY_ENROLLED}). An
 * enrollment that ends without being enrolled gives its tenant back: its profile rejected
 * here (by the rules or a reviewer) or its credit check failed. A transition passes the
 * claim from the old enrollment to the new one. ENROLLED and in-progress enrollments keep
 * theirs, also when their personal data is erased (the tenant id is an id, not personal
 * data). Every call is idempotent: a redelivered event changes nothing.
 */
@Service
public class TenantClaimManagement {

    private final MongoTenantClaims claims;

    TenantClaimManagement(MongoTenantClaims claims) {
        this.claims = claims;
    }

    /** Profiles this service rejected: their tenants are free again. */
    public void profilesRejected(Collection<String> enrollmentIds) {
        claims.release(enrollmentIds, EndOfEnrollment.PROFILE_REJECTED);
    }

    public void creditCheckFailed(String enrollmentId) {
        claims.release(List.of(enrollmentId), EndOfEnrollment.CREDIT_CHECK_FAILED);
    }

    /**
     * A direct bill enrollment moved to the indirect reseller model: the new enrollment
     * holds the tenant, whether its EnrollmentSubmitted came before this (it took the
     * claim over then) or comes after (it finds the claim its own).
     */
    public void transitioned(String oldEnrollmentId, String newEnrollmentId) {
        claims.passOn(oldEnrollmentId, newEnrollmentId);
    }

}
