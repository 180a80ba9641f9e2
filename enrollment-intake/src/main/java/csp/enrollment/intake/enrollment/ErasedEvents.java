package csp.enrollment.intake.enrollment;

import java.time.Instant;

/**
 * Where intake announces that it erased an enrollment's personal data:
 * {@code PersonalDataErased}.
 */
public interface ErasedEvents {

    /**
     * Publishes the event and returns once the broker acknowledged it.
     * @throws RuntimeException if the broker did not take it; the ticket tries again
     * later
     */
    void publish(ErasedEnrollment erased);

    /**
     * The erasure to announce, with the event id fixed when intake erased its copy and
     * the trace of the request (W3C {@code traceparent}, null if none).
     */
    record ErasedEnrollment(String enrollmentId, String eventId, Instant erasedAt, String requestedBy,
            String traceparent) {
    }

}
