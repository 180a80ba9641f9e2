package csp.enrollment.intake.enrollment;

import java.time.Instant;

import csp.enrollment.intake.application.Submission;
import csp.enrollment.intake.status.EnrollmentStatus;

/**
 * What intake tells whoever watches it (its metrics): an enrollment accepted, a status
 * applied to an enrollment's view. Called once per fact, after it was stored; never
 * decides anything.
 */
public interface IntakeMonitor {

    IntakeMonitor NONE = new IntakeMonitor() {
    };

    /**
     * A new enrollment was stored (not a repeated idempotency key, not a refused
     * application).
     */
    default void accepted(Submission.Channel channel, String enrollmentType) {
    }

    /**
     * A status was applied to an enrollment's view for the first time.
     * @param submittedAt when intake accepted the enrollment; null for one it knows only
     * from status events
     * @param reachedAt when the status was reached (its event's time, or the command's)
     */
    default void statusApplied(EnrollmentStatus status, Instant submittedAt, Instant reachedAt) {
    }

}
