package csp.enrollment.creditcheck.check;

/**
 * Publishes a decided check as its decision event. Must be repeatable: publishing the
 * same check again produces the same event (same event id), which consumers drop as a
 * duplicate.
 */
public interface DecisionPublisher {

    /**
     * Publishes and returns once the event is acknowledged; throws when it could not be
     * published.
     * @param traceparent the trace of the work that decided it (W3C; null: none)
     */
    void publish(CreditCheck decided, String traceparent);

}
