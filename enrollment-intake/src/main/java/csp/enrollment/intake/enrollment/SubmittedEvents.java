package csp.enrollment.intake.enrollment;

/** Where accepted applications are announced: Kafka's {@code enrollment.submitted} in production. */
public interface SubmittedEvents {

    /**
     * Publishes {@code enrollment} and returns once the broker acknowledged it.
     *
     * @throws RuntimeException when it could not be published; the outbox tries again later
     */
    void publish(SubmittedEnrollment enrollment);
}
