package csp.enrollment.verification.cases;

import java.time.Duration;
import java.time.Instant;

/**
 * The human review of a case whose MPN ID the directory does not know.
 *
 * @param event the event the decision emits (ProfileVerified or ProfileRejected); null
 * while pending
 */
public record Review(ReviewStatus status, Instant requestedAt, ReviewDecision decision, String reason, String reviewer,
        Instant decidedAt, OutputEvent event) {

    static Review pending(Instant requestedAt) {
        return new Review(ReviewStatus.PENDING, requestedAt, null, null, null, null, null);
    }

    public boolean isPending() {
        return status == ReviewStatus.PENDING;
    }

    /** A pending review waiting longer than {@code overdueAfter}. */
    public boolean isOverdue(Instant now, Duration overdueAfter) {
        return isPending() && requestedAt.plus(overdueAfter).isBefore(now);
    }

    Review decided(ReviewDecision decision, String reason, String reviewer, Instant decidedAt, OutputEvent event) {
        return new Review(ReviewStatus.DECIDED, requestedAt, decision, reason, reviewer, decidedAt, event);
    }
}
