package csp.enrollment.creditcheck.check;

import csp.enrollment.creditcheck.bureau.BureauAnswer;
import csp.enrollment.creditcheck.check.Attempt.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One enrollment's credit check, a stored case: REQUESTED → WAITING (as long as the
 * bureau is unreachable or its report pending, possibly days) → DECIDED. Each time the
 * bureau is asked is recorded as an {@link Attempt}. A decision is published as an event
 * after it is stored; {@link #awaitsPublication()} tells whether that still has to
 * happen.
 */
public final class CreditCheck {

    /**
     * Attempts kept on the case; older ones are dropped so a check waiting for days stays
     * small.
     */
    static final int KEPT_ATTEMPTS = 100;

    private final String enrollmentId;

    private final Applicant applicant;

    private final Cause cause;

    private final Instant requestedAt;

    private CreditCheckState state;

    private final List<Attempt> attempts;

    private int attemptCount;

    private Instant nextAttemptAt;

    private Decision decision;

    private Instant publishedAt;

    private Instant overdueReportedAt;

    private final Instant personalDataErasedAt;

    private CreditCheck(String enrollmentId, Applicant applicant, Cause cause, Instant requestedAt,
            CreditCheckState state, List<Attempt> attempts, int attemptCount, Instant nextAttemptAt, Decision decision,
            Instant publishedAt, Instant overdueReportedAt, Instant personalDataErasedAt) {
        this.personalDataErasedAt = personalDataErasedAt;
        this.enrollmentId = Objects.requireNonNull(enrollmentId, "enrollmentId");
        this.applicant = Objects.requireNonNull(applicant, "applicant");
        this.cause = Objects.requireNonNull(cause, "cause");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.state = Objects.requireNonNull(state, "state");
        this.attempts = new ArrayList<>(attempts);
        this.attemptCount = attemptCount;
        this.nextAttemptAt = nextAttemptAt;
        this.decision = decision;
        this.publishedAt = publishedAt;
        this.overdueReportedAt = overdueReportedAt;
        if ((state == CreditCheckState.DECIDED) != (decision != null)) {
            throw new IllegalArgumentException("A check has a decision exactly when it is DECIDED");
        }
    }

    /** A new check for {@code request}, due at once. */
    public static CreditCheck requested(CreditCheckRequest request, Instant now) {
        if (!request.requiresCreditCheck()) {
            throw new IllegalArgumentException("Only a direct bill partner gets a credit check");
        }
        return new CreditCheck(request.enrollmentId(), request.applicant(), request.cause(), now,
                CreditCheckState.REQUESTED, List.of(), 0, now, null, null, null, null);
    }

    /** A check as it was stored. */
    public static CreditCheck restore(String enrollmentId, Applicant applicant, Cause cause, Instant requestedAt,
            CreditCheckState state, List<Attempt> attempts, int attemptCount, Instant nextAttemptAt, Decision decision,
            Instant publishedAt, Instant overdueReportedAt) {
        return restore(enrollmentId, applicant, cause, requestedAt, state, attempts, attemptCount, nextAttemptAt,
                decision, publishedAt, overdueReportedAt, null);
    }

    /**
     * A check as it was stored, with the time its personal data was erased (null if it
     * was not).
     */
    public static CreditCheck restore(String enrollmentId, Applicant applicant, Cause cause, Instant requestedAt,
            CreditCheckState state, List<Attempt> attempts, int attemptCount, Instant nextAttemptAt, Decision decision,
            Instant publishedAt, Instant overdueReportedAt, Instant personalDataErasedAt) {
        return new CreditCheck(enrollmentId, applicant, cause, requestedAt, state, attempts, attemptCount,
                nextAttemptAt, decision, publishedAt, overdueReportedAt, personalDataErasedAt);
    }

    /**
     * Records the bureau's answer: a score or "no record" decides the check through
     * {@code policy}; "pending" keeps it waiting and asks again after
     * {@code pendingPollInterval}.
     */
    public void recordAnswer(BureauAnswer answer, String bureau, CreditPolicy policy, Duration pendingPollInterval,
            Instant now) {
        requireUndecided();
        if (answer instanceof BureauAnswer.Score score) {
            addAttempt(new Attempt(now, Outcome.SCORE, score.value(), null));
            decide(policy.decide(score.value(), bureau, now));
        }
        else if (answer instanceof BureauAnswer.NoRecord) {
            addAttempt(new Attempt(now, Outcome.NO_RECORD, null, null));
            decide(policy.noRecord(bureau, now));
        }
        else {
            addAttempt(new Attempt(now, Outcome.PENDING, null, null));
            waitUntil(now.plus(pendingPollInterval));
        }
    }

    /**
     * Records that the bureau could not be asked; the check waits and asks again after a
     * back-off.
     */
    public void recordBureauUnavailable(String error, RetryDelay backoff, Instant now) {
        requireUndecided();
        addAttempt(new Attempt(now, Outcome.BUREAU_UNAVAILABLE, null, error));
        waitUntil(now.plus(backoff.after(consecutiveFailures())));
    }

    /** The decision event is out. */
    public void markPublished(Instant at) {
        if (decision == null) {
            throw new IllegalStateException("Check " + enrollmentId + " has no decision to publish");
        }
        publishedAt = at;
    }

    /**
     * Decided but its event not yet confirmed published. Never once the personal data is
     * erased: the event carries the partner's contact.
     */
    public boolean awaitsPublication() {
        return decision != null && publishedAt == null && !isErased();
    }

    /**
     * The partner's legal name and admin were erased on request; the bureau is not asked
     * any more.
     */
    public boolean isErased() {
        return personalDataErasedAt != null;
    }

    public Optional<Instant> personalDataErasedAt() {
        return Optional.ofNullable(personalDataErasedAt);
    }

    /** Still undecided {@code overdueAfter} after it was requested. */
    public boolean isOverdue(Instant now, Duration overdueAfter) {
        return state != CreditCheckState.DECIDED && !now.isBefore(requestedAt.plus(overdueAfter));
    }

    /** Failed attempts in a row, most recent last: drives the back-off. */
    int consecutiveFailures() {
        int failures = 0;
        for (int i = attempts.size() - 1; i >= 0 && attempts.get(i).outcome() == Outcome.BUREAU_UNAVAILABLE; i--) {
            failures++;
        }
        return failures;
    }

    private void decide(Decision decided) {
        decision = decided;
        state = CreditCheckState.DECIDED;
        nextAttemptAt = null;
    }

    private void waitUntil(Instant next) {
        state = CreditCheckState.WAITING;
        nextAttemptAt = next;
    }

    private void addAttempt(Attempt attempt) {
        attempts.add(attempt);
        attemptCount++;
        if (attempts.size() > KEPT_ATTEMPTS) {
            attempts.remove(0);
        }
    }

    private void requireUndecided() {
        if (state == CreditCheckState.DECIDED) {
            throw new IllegalStateException("Check " + enrollmentId + " is already decided");
        }
    }

    public String enrollmentId() {
        return enrollmentId;
    }

    public Applicant applicant() {
        return applicant;
    }

    public Cause cause() {
        return cause;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public CreditCheckState state() {
        return state;
    }

    /** The most recent attempts, oldest first (at most {@value #KEPT_ATTEMPTS}). */
    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** How often the bureau was asked in all. */
    public int attemptCount() {
        return attemptCount;
    }

    /** When the bureau is asked next; empty once decided. */
    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    /** When the check was reported as overdue, if it was. */
    public Optional<Instant> overdueReportedAt() {
        return Optional.ofNullable(overdueReportedAt);
    }

}
