package csp.enrollment.intake.messaging;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import csp.enrollment.events.Topics;
import csp.enrollment.intake.enrollment.SubmittedEnrollment;
import csp.enrollment.intake.enrollment.SubmittedEvents;
import csp.enrollment.messaging.BatchSend;
import csp.enrollment.messaging.EventMetadataFactory;

/**
 * Announces accepted applications on {@code enrollment.submitted}, keyed by enrollment
 * id.
 */
@Component
class EnrollmentSubmittedPublisher implements SubmittedEvents {

    private final BatchSend send;

    private final EventMetadataFactory metadata;

    EnrollmentSubmittedPublisher(BatchSend send, EventMetadataFactory metadata) {
        this.send = send;
        this.metadata = metadata;
    }

    @Override
    public Map<String, String> publish(List<SubmittedEnrollment> enrollments) {
        return send.send(enrollments.stream()
            .map(enrollment -> new BatchSend.Record(enrollment.enrollmentId(), Topics.SUBMITTED,
                    enrollment.enrollmentId(),
                    SubmittedEventMapping.toEvent(
                            metadata.first(enrollment.enrollmentId(), enrollment.eventId(), enrollment.occurredAt()),
                            enrollment.application(), enrollment.bank(), enrollment.transitionedFrom()),
                    enrollment.traceparent()))
            .toList());
    }

}
