package csp.enrollment.verification.tenant;

/**
 * The claims on tenants: one CSP enrollment per tenant (contract §3,
 * {@code TENANT_ALREADY_ENROLLED}). The port the verification asks;
 * {@link MongoTenantClaims} keeps them race-safe across instances with a unique key per
 * tenant.
 */
public interface TenantClaims {

    /**
     * Claims the tenant for the enrollment, unless another enrollment holds it. Asking
     * again for the same enrollment (a redelivery) answers
     * {@link TenantClaim.Status#HELD} again. An enrollment that continues another one
     * after a transition ({@code transitionedFrom} not null) takes that enrollment's
     * claim over.
     * @param transitionedFrom the enrollment this one continues after a transition; null
     * for an application
     */
    TenantClaim claim(String tenantId, String enrollmentId, String transitionedFrom);

    /**
     * Who holds the tenant, without claiming it: {@link TenantClaim.Status#FREE} when
     * nobody else does.
     */
    TenantClaim holderOf(String tenantId, String enrollmentId);

}
