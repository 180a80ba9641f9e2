package csp.enrollment.intake.enrollment;

import java.time.Instant;

/**
 * One event of the partner's commands, stored in the same write as the change it
 * announces. Its id is derived from the enrollment id and its type: each happens at most
 * once per enrollment, so every attempt to publish it, by any instance, sends the same
 * id. Its content is read from the enrollment when it is published.
 */
public record PartnerEvent(String eventId, PartnerEventType type, Instant occurredAt) {
}
