package csp.enrollment.work;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link WorkHandler} did with each item: done (its ticket is removed), or to be
 * tried again, after the configured back-off or at a given time. An item the handler says
 * nothing about is tried again after the back-off.
 */
public final class WorkResults {

    /**
     * How an item ended: done, or again later (at {@code at}, or after the back-off when
     * null).
     */
    record Outcome(boolean done, Instant at, String error) {
    }

    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

    public WorkResults done(String ref) {
        outcomes.put(ref, new Outcome(true, null, null));
        return this;
    }

    /**
     * Try again after the back-off for its number of failed attempts; {@code error} says
     * why.
     */
    public WorkResults retryLater(String ref, String error) {
        outcomes.put(ref, new Outcome(false, null, error));
        return this;
    }

    /**
     * Try again at {@code at} (e.g. when a bureau said its report comes later); not
     * counted as a failure.
     */
    public WorkResults retryAt(String ref, Instant at, String note) {
        outcomes.put(ref, new Outcome(false, at, note));
        return this;
    }

    Outcome outcomeOf(String ref) {
        return outcomes.get(ref);
    }

}
