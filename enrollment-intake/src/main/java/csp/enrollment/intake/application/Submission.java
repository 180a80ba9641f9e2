package csp.enrollment.intake.application;

import java.util.List;

/**
 * An application as it arrived, with how it arrived.
 *
 * @param form the application
 * @param idempotencyKey the submitter's key; null over HTTP without an
 * {@code Idempotency-Key}
 * @param caller who sent it: the token's subject over HTTP, the principal that may write
 * {@code enrollment.applications} over Kafka; idempotency keys are scoped to it
 * @param channel HTTP or Kafka
 * @param source the upstream system that sent it, if it said so
 * @param readingProblems problems found before the form existed (wrong JSON types, a bad
 * key)
 */
public record Submission(ApplicationForm form, String idempotencyKey, String caller, Channel channel, String source,
        List<Violation> readingProblems) {

    public Submission {
        readingProblems = List.copyOf(readingProblems);
    }

    /**
     * The key as stored: the caller's own, so two clients choosing the same key never
     * meet (and one cannot find the other's enrollment by guessing its key). The caller's
     * length comes first, so no pair of caller and key can spell another's. Null without
     * a key.
     */
    public String scopedIdempotencyKey() {
        return idempotencyKey == null ? null : caller.length() + ":" + caller + ":" + idempotencyKey;
    }

    public enum Channel {

        HTTP, KAFKA

    }
}
