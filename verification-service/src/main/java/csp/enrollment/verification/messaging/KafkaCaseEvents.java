package csp.enrollment.verification.messaging;

import csp.enrollment.messaging.EventPublisher;
import csp.enrollment.verification.cases.CaseEvents;
import csp.enrollment.verification.cases.OutputEvent;
import csp.enrollment.verification.cases.VerificationCase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Publishes a case's output events to their topics, keyed by the enrollment id, waiting for the broker's ack. */
@Component
class KafkaCaseEvents implements CaseEvents {

    private final EventPublisher publisher;
    private final VerificationEvents events;

    KafkaCaseEvents(EventPublisher publisher, @Value("${spring.application.name}") String producer) {
        this.publisher = publisher;
        this.events = new VerificationEvents(producer);
    }

    @Override
    public void publish(VerificationCase verificationCase, OutputEvent event) {
        publisher.publish(VerificationEvents.topicOf(event), verificationCase.id(), events.toAvro(verificationCase, event));
    }
}
