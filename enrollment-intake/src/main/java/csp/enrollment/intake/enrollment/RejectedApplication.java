package csp.enrollment.intake.enrollment;

import java.time.Instant;
import java.util.List;

import csp.enrollment.intake.application.Violation;

/**
 * An application from Kafka that was refused, as announced in
 * {@code ApplicationRejected}. It is remembered under its idempotency key and content, so
 * a redelivered application is answered with the very same event (same enrollment id,
 * event id and time).
 */
public record RejectedApplication(String enrollmentId, String eventId, Instant occurredAt, String idempotencyKey,
        String source, List<Violation> reasons) {
}
