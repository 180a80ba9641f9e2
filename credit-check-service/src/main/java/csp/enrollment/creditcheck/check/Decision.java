package csp.enrollment.creditcheck.check;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a credit check.
 *
 * @param score the bureau's score; null when the bureau had no record
 * @param reasons why it failed; empty when it passed
 */
public record Decision(Verdict verdict, Integer score, int minimumScore, List<Reason> reasons, String bureau,
        Instant decidedAt) {

    public Decision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(bureau, "bureau");
        Objects.requireNonNull(decidedAt, "decidedAt");
        reasons = List.copyOf(reasons);
        if ((verdict == Verdict.PASSED) != reasons.isEmpty()) {
            throw new IllegalArgumentException("A failed check has reasons, a passed one has none");
        }
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }

    public enum Verdict {

        PASSED, FAILED

    }

    /** A reason code with words for people (English). */
    public record Reason(CreditReasonCode code, String message) {

        public Reason {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
