package csp.enrollment.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import csp.enrollment.events.EventMetadata;

/** Builds the metadata every event carries, naming this service as its producer. */
public class EventMetadataFactory {

    private final String producer;

    public EventMetadataFactory(String producer) {
        this.producer = producer;
    }

    /**
     * Metadata of the first event of an enrollment: nothing caused it, its id starts the
     * correlation.
     */
    public EventMetadata first(String enrollmentId, String eventId, Instant occurredAt) {
        return EventMetadata.newBuilder()
            .setEventId(eventId)
            .setEnrollmentId(enrollmentId)
            .setOccurredAt(millis(occurredAt))
            .setCausationId(null)
            .setCorrelationId(enrollmentId)
            .setProducer(producer)
            .build();
    }

    /**
     * Metadata of an event caused by {@code cause}: its id is derived from the cause's id
     * and {@code outputType}, so the same cause always yields the same event id.
     */
    public EventMetadata causedBy(EventMetadata cause, String outputType, Instant occurredAt) {
        return EventMetadata.newBuilder()
            .setEventId(EventIds.derived(cause.getEventId(), outputType))
            .setEnrollmentId(cause.getEnrollmentId())
            .setOccurredAt(millis(occurredAt))
            .setCausationId(cause.getEventId())
            .setCorrelationId(cause.getCorrelationId())
            .setProducer(producer)
            .build();
    }

    /**
     * Avro's timestamp-millis keeps milliseconds; truncating here keeps a re-read event
     * equal.
     */
    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

}
