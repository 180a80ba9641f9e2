package csp.enrollment.intake.application;

import java.util.List;

/**
 * An application as it arrived, with how it arrived.
 *
 * @param form the application
 * @param idempotencyKey the submitter's key; null over HTTP without an {@code Idempotency-Key}
 * @param channel HTTP or Kafka
 * @param source the upstream system that sent it, if it said so
 * @param readingProblems problems found before the form existed (wrong JSON types, a bad key)
 */
public record Submission(ApplicationForm form, String idempotencyKey, Channel channel, String source,
        List<Violation> readingProblems) {

    public Submission {
        readingProblems = List.copyOf(readingProblems);
    }

    public enum Channel {
        HTTP, KAFKA
    }
}
