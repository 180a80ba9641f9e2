package csp.enrollment.verification.cases;

/** Where a case's output events go (the messaging adapter publishes them to Kafka). */
public interface CaseEvents {

    /** Publishes {@code event} and returns once the broker acknowledged it; throws if it could not. */
    void publish(VerificationCase verificationCase, OutputEvent event);
}
