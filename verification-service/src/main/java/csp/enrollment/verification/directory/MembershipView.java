package csp.enrollment.verification.directory;

import java.time.Instant;

/** A membership as the API shows it. */
record MembershipView(String mpnId, MembershipStatus status, String countryCode, Instant updatedAt) {

    static MembershipView of(Membership membership) {
        return new MembershipView(membership.mpnId(), membership.status(), membership.countryCode(),
                membership.updatedAt());
    }
}
