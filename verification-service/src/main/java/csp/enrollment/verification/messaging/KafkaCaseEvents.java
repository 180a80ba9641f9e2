package csp.enrollment.verification.messaging;

import csp.enrollment.messaging.BatchSend;

import csp.enrollment.verification.cases.CaseEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Publishes cases' output events to their topics, keyed by the enrollment id, waiting for
 * the broker's acks.
 */
@Component
class KafkaCaseEvents implements CaseEvents {

    private final BatchSend send;

    private final VerificationEvents events;

    KafkaCaseEvents(BatchSend send, @Value("${spring.application.name}") String producer) {
        this.send = send;
        this.events = new VerificationEvents(producer);
    }

    @Override
    public Map<String, String> publish(List<PendingEvent> pending) {
        return send.send(pending.stream()
            .map(each -> new BatchSend.Record(each.event().eventId(), VerificationEvents.topicOf(each.event()),
                    each.verificationCase().id(), events.toAvro(each.verificationCase(), each.event()),
                    each.traceparent()))
            .toList());
    }

}
