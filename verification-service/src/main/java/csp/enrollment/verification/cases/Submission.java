package csp.enrollment.verification.cases;

import csp.enrollment.verification.profile.Profile;

import java.time.Instant;

/**
 * A submitted enrollment to verify: the profile and the identity of the event that
 * carried it.
 *
 * @param eventId the input event's id: output event ids are derived from it
 */
public record Submission(String eventId, String enrollmentId, String correlationId, Instant occurredAt,
        Profile profile) {
}
