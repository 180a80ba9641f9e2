package csp.enrollment.intake.enrollment;

import java.util.List;
import java.util.Map;

/** Where the events of the partner's commands go: their Kafka topics in production. */
public interface PartnerEvents {

    /**
     * Publishes every event at once and returns when the broker acknowledged or refused
     * each.
     * @return why each one that is not out failed, by event id; empty when all are out
     */
    Map<String, String> publish(List<PartnerEventMessage> events);

}
