package csp.enrollment.verification.profile;

import csp.enrollment.verification.directory.Membership;

import java.util.Optional;

/**
 * An active membership in the Microsoft Partner Network is required. An MPN ID the
 * directory does not know is not a rejection: a person must look it up
 * ({@link ReasonCodes#MPN_NOT_IN_DIRECTORY}).
 */
public final class MpnMembershipRule implements ProfileRule {

    private static final String FIELD = "mpnId";

    @Override
    public Check check(Candidate candidate) {
        Optional<Membership> membership = candidate.membership();
        if (membership.isEmpty()) {
            return Check.needsReview(name(), ReasonCodes.MPN_NOT_IN_DIRECTORY, FIELD,
                    "MPN ID " + candidate.profile().mpnId()
                            + " is not in the partner-network directory; a reviewer will verify it.");
        }
        if (!membership.get().isActive()) {
            return Check.failed(name(), ReasonCodes.MPN_NOT_ACTIVE, FIELD, "MPN ID " + candidate.profile().mpnId()
                    + " is not an active Microsoft Partner Network membership.");
        }
        return Check.passed(name(), "MPN ID " + candidate.profile().mpnId() + " is an active membership.");
    }

}
