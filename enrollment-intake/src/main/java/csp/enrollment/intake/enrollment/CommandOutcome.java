package csp.enrollment.intake.enrollment;

import java.util.List;

import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.completion.CommandRefusal;

/** What became of a partner's command (contract.md §8, §9). */
public sealed interface CommandOutcome {

    /**
     * Recorded now; {@code enrollment} as it stands (for a transition: the new
     * enrollment).
     */
    record Accepted(EnrollmentDetails enrollment) implements CommandOutcome {
    }

    /** Recorded before: nothing new was recorded or emitted. */
    record Repeated(EnrollmentDetails enrollment) implements CommandOutcome {
    }

    /** Not allowed as the enrollment stands. */
    record Refused(CommandRefusal refusal) implements CommandOutcome {
    }

    /** Invalid body: every problem. */
    record Invalid(List<Violation> violations) implements CommandOutcome {
    }

    /**
     * No such enrollment (or one intake knows only from status events, never from an
     * application).
     */
    record NotFound() implements CommandOutcome {
    }

}
