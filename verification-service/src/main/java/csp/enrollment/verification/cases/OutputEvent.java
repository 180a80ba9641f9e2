package csp.enrollment.verification.cases;

import java.time.Instant;
import java.util.List;

/**
 * An output event as stored with its case: everything needed to publish it again with the
 * same id after a crash.
 *
 * @param causationId the event that caused it
 * @param reasons why a profile was rejected or sent to review; empty for a verified
 * profile
 * @param warnings the warnings of a verified profile
 * @param reviewedBy the reviewer, when a person decided
 * @param publishedAt when the broker acknowledged it; null while it may not be out yet
 */
public record OutputEvent(String eventId, OutputType type, String causationId, Instant occurredAt, List<Reason> reasons,
        List<Reason> warnings, String reviewedBy, Instant publishedAt) {

    public OutputEvent {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }
}
