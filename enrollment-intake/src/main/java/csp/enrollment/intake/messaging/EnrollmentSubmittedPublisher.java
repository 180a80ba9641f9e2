package csp.enrollment.intake.messaging;

import org.springframework.stereotype.Component;

import csp.enrollment.events.Topics;
import csp.enrollment.intake.enrollment.SubmittedEnrollment;
import csp.enrollment.intake.enrollment.SubmittedEvents;
import csp.enrollment.messaging.EventMetadataFactory;
import csp.enrollment.messaging.EventPublisher;

/** Announces accepted applications on {@code enrollment.submitted}, keyed by enrollment id. */
@Component
class EnrollmentSubmittedPublisher implements SubmittedEvents {

    private final EventPublisher publisher;
    private final EventMetadataFactory metadata;

    EnrollmentSubmittedPublisher(EventPublisher publisher, EventMetadataFactory metadata) {
        this.publisher = publisher;
        this.metadata = metadata;
    }

    @Override
    public void publish(SubmittedEnrollment enrollment) {
        var event = SubmittedEventMapping.toEvent(
                metadata.first(enrollment.enrollmentId(), enrollment.eventId(), enrollment.occurredAt()),
                enrollment.application());
        publisher.publish(Topics.SUBMITTED, enrollment.enrollmentId(), event);
    }
}
