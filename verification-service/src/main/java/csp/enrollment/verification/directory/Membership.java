package csp.enrollment.verification.directory;

import java.time.Instant;

/**
 * A partner-network (MPN) membership: which MPN ID is active, and for which country
 * (location).
 *
 * @param updatedAt when an operator last set it
 */
public record Membership(String mpnId, MembershipStatus status, String countryCode, Instant updatedAt) {

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }
}
