package csp.enrollment.intake.messaging;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import csp.enrollment.intake.enrollment.PartnerEventMessage;
import csp.enrollment.intake.enrollment.PartnerEvents;
import csp.enrollment.messaging.BatchSend;
import csp.enrollment.messaging.EventMetadataFactory;

/**
 * Publishes the events of the partner's commands on their topics, keyed by enrollment id.
 */
@Component
class PartnerEventPublisher implements PartnerEvents {

    private final BatchSend send;

    private final EventMetadataFactory metadata;

    PartnerEventPublisher(BatchSend send, EventMetadataFactory metadata) {
        this.send = send;
        this.metadata = metadata;
    }

    @Override
    public Map<String, String> publish(List<PartnerEventMessage> events) {
        return send.send(events.stream()
            .map(message -> new BatchSend.Record(message.event().eventId(), PartnerEventMapping.topicOf(message),
                    message.enrollmentId(),
                    PartnerEventMapping.toEvent(metadata.first(message.enrollmentId(), message.event().eventId(),
                            message.event().occurredAt()), message),
                    message.traceparent()))
            .toList());
    }

}
