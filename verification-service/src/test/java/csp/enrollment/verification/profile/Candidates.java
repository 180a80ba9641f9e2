package csp.enrollment.verification.profile;

import csp.enrollment.verification.directory.Membership;
import csp.enrollment.verification.directory.MembershipStatus;

import java.time.Instant;
import java.util.Optional;

final class Candidates {

    private Candidates() {
    }

    static Candidate withoutMembership(Profile profile) {
        return new Candidate(profile, Optional.empty());
    }

    static Candidate withMembership(Profile profile, MembershipStatus status, String countryCode) {
        return new Candidate(profile, Optional.of(new Membership(profile.mpnId(), status, countryCode, Instant.EPOCH)));
    }

    static Candidate active(Profile profile) {
        return withMembership(profile, MembershipStatus.ACTIVE, profile.companyCountryCode());
    }

}
