package csp.enrollment.creditcheck.check;

import java.time.Instant;
import java.util.Objects;

/**
 * One time the bureau was asked.
 *
 * @param score the score when the outcome is {@link Outcome#SCORE}, else null
 * @param error why the bureau could not be asked when the outcome is
 * {@link Outcome#BUREAU_UNAVAILABLE}, else null
 */
public record Attempt(Instant at, Outcome outcome, Integer score, String error) {

    public Attempt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
    }

    public enum Outcome {

        SCORE, NO_RECORD, PENDING, BUREAU_UNAVAILABLE

    }
}
