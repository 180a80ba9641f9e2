package csp.enrollment.verification.profile;

import csp.enrollment.verification.directory.Membership;

import java.util.Optional;

/**
 * What the rules look at: the submitted profile and what the partner-network directory says about its MPN ID
 * (looked up once, so every rule sees the same answer).
 */
public record Candidate(Profile profile, Optional<Membership> membership) {

    public Candidate {
        membership = membership == null ? Optional.empty() : membership;
    }
}
