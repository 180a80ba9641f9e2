package csp.enrollment.verification.tenant;

/**
 * Who holds a tenant, as seen by the enrollment being verified: the answer of
 * {@link TenantClaims}.
 *
 * @param tenantId the tenant; null when there was none to look at
 * @param holder the enrollment holding the tenant; null when {@link Status#FREE} or
 * {@link Status#NOT_CHECKED}
 */
public record TenantClaim(String tenantId, Status status, String holder) {

    public enum Status {

        /**
         * The enrollment being verified holds the tenant: claimed now, held since an
         * earlier delivery, or taken over in a transition.
         */
        HELD,
        /** Another enrollment in progress or ENROLLED holds the tenant. */
        TAKEN,
        /**
         * Nobody else holds it; not claimed, because the profile is rejected anyway (or
         * the enrollment ended).
         */
        FREE,
        /** Not looked at (no tenant given). */
        NOT_CHECKED

    }

    public static TenantClaim held(String tenantId, String enrollmentId) {
        return new TenantClaim(tenantId, Status.HELD, enrollmentId);
    }

    public static TenantClaim takenBy(String tenantId, String otherEnrollmentId) {
        return new TenantClaim(tenantId, Status.TAKEN, otherEnrollmentId);
    }

    public static TenantClaim free(String tenantId) {
        return new TenantClaim(tenantId, Status.FREE, null);
    }

    public static TenantClaim notChecked() {
        return new TenantClaim(null, Status.NOT_CHECKED, null);
    }

    public boolean is(Status expected) {
        return status == expected;
    }
}
