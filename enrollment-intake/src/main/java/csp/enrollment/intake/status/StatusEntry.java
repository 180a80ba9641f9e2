package csp.enrollment.intake.status;

import java.time.Instant;
import java.util.List;

/** One step of an enrollment's history: the status an event reported, when, and why. */
public record StatusEntry(EnrollmentStatus status, Instant at, List<StatusReason> reasons) {

    public StatusEntry {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
