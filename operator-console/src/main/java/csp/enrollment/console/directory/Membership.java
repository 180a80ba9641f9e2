package csp.enrollment.console.directory;

import java.time.Instant;

/** A partner-network membership as verification-service's directory API answers it. */
public record Membership(String mpnId, String status, String countryCode, Instant updatedAt) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
