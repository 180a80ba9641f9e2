package csp.enrollment.intake.enrollment;

import java.util.List;

import csp.enrollment.intake.application.Violation;

/** What became of a submitted application. */
public sealed interface SubmissionOutcome {

    /** Stored as a new enrollment; its {@code EnrollmentSubmitted} is on its way. */
    record Accepted(String enrollmentId) implements SubmissionOutcome {
    }

    /**
     * The same application with the same idempotency key again: the enrollment accepted
     * before.
     */
    record Repeated(String enrollmentId) implements SubmissionOutcome {
    }

    /**
     * The idempotency key was used before for a different application: nothing stored.
     */
    record KeyConflict() implements SubmissionOutcome {
    }

    /** Not a valid application: every problem, nothing stored. */
    record Invalid(List<Violation> violations) implements SubmissionOutcome {
    }

}
