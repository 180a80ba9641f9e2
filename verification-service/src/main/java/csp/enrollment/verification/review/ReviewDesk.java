package csp.enrollment.verification.review;

import csp.enrollment.verification.cases.CasePublication;
import csp.enrollment.verification.cases.ReviewSettings;
import csp.enrollment.verification.cases.ReviewDecision;
import csp.enrollment.verification.cases.VerificationCase;
import csp.enrollment.verification.cases.Verifications;
import csp.enrollment.verification.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where people decide the cases the rules could not. A decision is final: it is stored first (only if the review
 * is still pending), then its event is published; if publishing fails, the decision stands and the relay
 * publishes the event later.
 */
@Service
class ReviewDesk {

    private static final Logger log = LoggerFactory.getLogger(ReviewDesk.class);

    private final Verifications verifications;
    private final CasePublication publication;
    private final ReviewSettings settings;
    private final Clock clock;

    ReviewDesk(Verifications verifications, CasePublication publication, ReviewSettings settings, Clock clock) {
        this.verifications = verifications;
        this.publication = publication;
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
        VerificationCase decided = verifications.decide(verificationCase.decide(decision, reason, reviewer, now()))
                .orElseThrow(() -> alreadyDecided(verifications.find(enrollmentId).orElse(verificationCase)));
        log.info("Review of enrollment {} decided: {}", enrollmentId, decision);
        try {
            publication.publishPending(decided);
        } catch (RuntimeException e) {
            log.warn("The decision on enrollment {} is stored; publishing its event failed and will be retried: {}",
                    enrollmentId, e.getMessage());
        }
        return decided;
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
        String decision = verificationCase.review() == null || verificationCase.review().decision() == null
                ? "" : " (" + verificationCase.review().decision() + ")";
        return new ReviewNotPendingException("The review of enrollment " + verificationCase.id() + " was already decided"
                + decision + "; a decision is final.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
