package csp.enrollment.verification.review;

import csp.enrollment.verification.cases.OutcomePublishing;
import csp.enrollment.verification.cases.ReviewSettings;
import csp.enrollment.verification.cases.ReviewDecision;
import csp.enrollment.verification.cases.VerificationCase;
import csp.enrollment.verification.cases.Verifications;
import csp.enrollment.verification.web.NotFoundException;
import csp.enrollment.work.Reservation;
import csp.enrollment.work.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where people decide the cases the rules could not. A decision is final: its publication
 * ticket is written, the decision stored (only if the review is still pending), then its
 * event is published at once, off the request thread; if publishing fails, the decision
 * stands and the ticket's retries publish the event later.
 */
@Service
class ReviewDesk {

    private static final Logger log = LoggerFactory.getLogger(ReviewDesk.class);

    private final Verifications verifications;

    private final WorkQueue work;

    private final ReviewSettings settings;

    private final Clock clock;

    ReviewDesk(Verifications verifications, WorkQueue work, ReviewSettings settings, Clock clock) {
        this.verifications = verifications;
        this.work = work;
        this.settings = settings;
        this.clock = clock;
    }

    VerificationCase decide(String enrollmentId, ReviewDecision decision, String reason, String reviewer) {
        VerificationCase verificationCase = verifications.find(enrollmentId)
            .orElseThrow(() -> new NotFoundException("No verification for enrollment " + enrollmentId + "."));
        if (verificationCase.review() == null) {
            throw new ReviewNotPendingException("Enrollment " + enrollmentId + " was " + verificationCase.status()
                    + " without review; there is nothing to decide.");
        }
        if (!verificationCase.review().isPending()) {
            throw alreadyDecided(verificationCase);
        }
        // The ticket first: if this instance dies right after storing the decision, the
        // sweep publishes it.
        Reservation publication = work.reserve(OutcomePublishing.KIND, List.of(enrollmentId));
        try {
            VerificationCase decided = verifications.decide(verificationCase.decide(decision, reason, reviewer, now()))
                .orElseThrow(() -> alreadyDecided(verifications.find(enrollmentId).orElse(verificationCase)));
            log.info("Review of enrollment {} decided: {}", enrollmentId, decision);
            return decided;
        }
        finally {
            // Also when another reviewer won: the handler then finds nothing of ours to
            // publish.
            work.start(publication);
        }
    }

    /** Pending reviews, oldest first. */
    List<VerificationCase> pending(int limit) {
        return verifications.pendingReviews(null, limit);
    }

    /** Pending reviews waiting longer than the configured time, oldest first. */
    List<VerificationCase> overdue(int limit) {
        return verifications.pendingReviews(now().minus(settings.overdueAfter()), limit);
    }

    List<VerificationCase> decided(int limit) {
        return verifications.decidedReviews(limit);
    }

    private static ReviewNotPendingException alreadyDecided(VerificationCase verificationCase) {
        String decision = verificationCase.review() == null || verificationCase.review().decision() == null ? ""
                : " (" + verificationCase.review().decision() + ")";
        return new ReviewNotPendingException("The review of enrollment " + verificationCase.id()
                + " was already decided" + decision + "; a decision is final.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

}
