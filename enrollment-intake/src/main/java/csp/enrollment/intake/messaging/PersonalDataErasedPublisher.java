package csp.enrollment.intake.messaging;

import org.springframework.stereotype.Component;

import csp.enrollment.events.PersonalDataErased;
import csp.enrollment.events.Topics;
import csp.enrollment.intake.enrollment.ErasedEvents;
import csp.enrollment.messaging.EventMetadataFactory;
import csp.enrollment.messaging.EventPublisher;

/**
 * {@code PersonalDataErased} on {@code enrollment.personal-data-erased}: ids and who
 * asked, no personal data.
 */
@Component
class PersonalDataErasedPublisher implements ErasedEvents {

    private final EventPublisher publisher;

    private final EventMetadataFactory metadata;

    PersonalDataErasedPublisher(EventPublisher publisher, EventMetadataFactory metadata) {
        this.publisher = publisher;
        this.metadata = metadata;
    }

    @Override
    public void publish(ErasedEnrollment erased) {
        publisher.publish(Topics.PERSONAL_DATA_ERASED, erased.enrollmentId(),
                PersonalDataErased.newBuilder()
                    .setMetadata(metadata.first(erased.enrollmentId(), erased.eventId(), erased.erasedAt()))
                    .setRequestedBy(erased.requestedBy())
                    .build(),
                erased.traceparent());
    }

}
