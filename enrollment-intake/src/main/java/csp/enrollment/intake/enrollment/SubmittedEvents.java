package csp.enrollment.intake.enrollment;

import java.util.List;
import java.util.Map;

/**
 * Where accepted applications are announced: Kafka's {@code enrollment.submitted} in
 * production.
 */
public interface SubmittedEvents {

    /**
     * Publishes every enrollment's event at once and returns when the broker acknowledged
     * or refused each.
     * @return why each one that is not out failed, by enrollment id; empty when all are
     * out
     */
    Map<String, String> publish(List<SubmittedEnrollment> enrollments);

}
