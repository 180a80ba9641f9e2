package csp.enrollment.intake.enrollment;

import java.time.Instant;

import csp.enrollment.intake.application.ApplicationForm;

/**
 * An accepted application to announce as {@code EnrollmentSubmitted}, with its fixed
 * event id; of the bank details only what the event shows; {@code traceparent} the trace
 * it was accepted in (W3C, null if none), carried onto the event;
 * {@code transitionedFrom} the direct bill enrollment it continues (contract §9), null
 * for an application.
 */
public record SubmittedEnrollment(String enrollmentId, String eventId, Instant occurredAt, ApplicationForm application,
        StoredBank bank, String traceparent, String transitionedFrom) {
}
