package csp.enrollment.creditcheck.check;

import java.time.Instant;
import java.util.Objects;

/**
 * The event that asked for the check; the decision event is derived from it (same
 * correlation, derived id).
 */
public record Cause(String eventId, String correlationId, Instant occurredAt) {

    public Cause {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
