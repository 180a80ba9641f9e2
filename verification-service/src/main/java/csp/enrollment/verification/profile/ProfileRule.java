package csp.enrollment.verification.profile;

/**
 * One verification rule of contract.md §3. A rule never throws for odd input: it answers
 * a {@link Check}.
 */
public interface ProfileRule {

    Check check(Candidate candidate);

    /** The name recorded with each check. */
    default String name() {
        return getClass().getSimpleName();
    }

}
