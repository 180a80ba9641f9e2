package csp.enrollment.creditcheck.messaging;

import csp.enrollment.creditcheck.check.CreditCheck;
import csp.enrollment.creditcheck.check.DecisionPublisher;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.Topics;
import csp.enrollment.messaging.EventPublisher;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

/**
 * Publishes a decision to {@code enrollment.credit-check-passed} or
 * {@code enrollment.credit-check-failed}, keyed by enrollment id.
 */
@Component
class KafkaDecisionPublisher implements DecisionPublisher {

    private final EventPublisher publisher;

    private final CreditCheckEvents events;

    KafkaDecisionPublisher(EventPublisher publisher, CreditCheckEvents events) {
        this.publisher = publisher;
        this.events = events;
    }

    @Override
    public void publish(CreditCheck decided, String traceparent) {
        SpecificRecord event = events.decisionOf(decided);
        String topic = event instanceof CreditCheckPassed ? Topics.CREDIT_CHECK_PASSED : Topics.CREDIT_CHECK_FAILED;
        publisher.publish(topic, decided.enrollmentId(), event, traceparent);
    }

}
