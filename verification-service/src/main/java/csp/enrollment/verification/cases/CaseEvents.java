package csp.enrollment.verification.cases;

import java.util.List;
import java.util.Map;

/** Where cases' output events go (the messaging adapter publishes them to Kafka). */
public interface CaseEvents {

    /**
     * Publishes the events all at once and returns when the broker acknowledged or
     * refused each.
     * @return why each event that is not out failed, by event id; empty when all are out
     */
    Map<String, String> publish(List<PendingEvent> events);

    /**
     * An output event to publish, with the case it belongs to and the trace of the work
     * that publishes it (W3C {@code traceparent}; null if none).
     */
    record PendingEvent(VerificationCase verificationCase, OutputEvent event, String traceparent) {
    }

}
