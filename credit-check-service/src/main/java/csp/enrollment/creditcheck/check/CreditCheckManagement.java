package csp.enrollment.creditcheck.check;

import csp.enrollment.creditcheck.bureau.BureauAnswer;
import csp.enrollment.creditcheck.bureau.CreditBureau;
import csp.enrollment.creditcheck.check.CreditChecks.Claimed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one entry point of the credit check: takes requests, works due checks against the bureau,
 * publishes decisions and reports overdue checks. Keeps nothing in memory between calls.
 */
@Service
public class CreditCheckManagement {

    private static final Logger log = LoggerFactory.getLogger(CreditCheckManagement.class);

    private final CreditChecks checks;
    private final CreditBureau bureau;
    private final DecisionPublisher publisher;
    private final CreditCheckSettings settings;
    private final CreditPolicy policy;
    private final RetryBackoff backoff;
    private final Clock clock;

    CreditCheckManagement(CreditChecks checks, CreditBureau bureau, DecisionPublisher publisher,
            CreditCheckSettings settings, Clock clock) {
        this.checks = checks;
        this.bureau = bureau;
        this.publisher = publisher;
        this.settings = settings;
        this.policy = settings.policy();
        this.backoff = settings.backoff();
        this.clock = clock;
    }

    /**
     * Stores a check for a verified direct bill partner and returns at once; the worker asks the
     * bureau. An indirect reseller is ignored (its provider sets its credit terms), and a request
     * for an enrollment that already has a check (a redelivered event) changes nothing: the stored
     * check's decision is published by the worker, with the same event id, whenever it is made.
     *
     * @return whether a new check was stored
     */
    public boolean request(CreditCheckRequest request) {
        if (!request.requiresCreditCheck()) {
            log.debug("No credit check for indirect reseller enrollment {}", request.enrollmentId());
            return false;
        }
        boolean stored = checks.insert(CreditCheck.requested(request, clock.instant()));
        if (stored) {
            log.info("Credit check requested for enrollment {}", request.enrollmentId());
        } else {
            log.info("Enrollment {} already has a credit check; event {} ignored", request.enrollmentId(),
                    request.cause().eventId());
        }
        return stored;
    }

    public Optional<CreditCheck> find(String enrollmentId) {
        return checks.find(enrollmentId);
    }

    /** Checks still undecided {@code credit-check.overdue-after} after they were requested, oldest first. */
    public List<CreditCheck> overdue(int limit) {
        return checks.undecidedSince(clock.instant().minus(settings.overdueAfter()), limit);
    }

    /** Whether {@code check} is still undecided {@code credit-check.overdue-after} after it was requested. */
    public boolean isOverdue(CreditCheck check) {
        return check.isOverdue(clock.instant(), settings.overdueAfter());
    }

    /** Checks in {@code state} (all when null), oldest first. */
    public List<CreditCheck> list(CreditCheckState state, int limit) {
        return checks.inState(state, limit);
    }

    /** Asks the bureau about up to one batch of due checks; returns how many were worked. */
    public int workDueChecks() {
        int worked = 0;
        Optional<Claimed> claimed;
        while (worked < settings.worker().batchSize()
                && (claimed = checks.claimDue(clock.instant(), settings.worker().lease())).isPresent()) {
            work(claimed.get());
            worked++;
        }
        return worked;
    }

    /** Publishes decisions whose event is not confirmed out (the instance that decided died or the broker failed). */
    public int publishPendingDecisions() {
        int published = 0;
        Optional<Claimed> claimed;
        while (published < settings.worker().batchSize()
                && (claimed = checks.claimUnpublished(clock.instant(), settings.worker().lease())).isPresent()) {
            if (!publish(claimed.get())) {
                break;
            }
            published++;
        }
        return published;
    }

    /** Logs each check that became overdue, once (whatever the number of instances). */
    public int reportOverdueChecks() {
        int reported = 0;
        Optional<CreditCheck> overdue;
        while (reported < settings.worker().batchSize() && (overdue = checks.claimOverdueReport(
                clock.instant().minus(settings.overdueAfter()), clock.instant())).isPresent()) {
            CreditCheck check = overdue.get();
            log.warn("Credit check for enrollment {} is overdue: requested {}, still {} after {} attempts",
                    check.enrollmentId(), check.requestedAt(), check.state(), check.attemptCount());
            reported++;
        }
        return reported;
    }

    private void work(Claimed claimed) {
        CreditCheck check = claimed.check();
        try {
            BureauAnswer answer = bureau.report(check.applicant().company());
            check.recordAnswer(answer, bureau.name(), policy, settings.pendingPollInterval(), clock.instant());
        } catch (RuntimeException unavailable) {
            // Whatever went wrong asking the bureau, it is not the partner's fault: wait and ask again.
            log.warn("Credit bureau could not be asked for enrollment {}: {}", check.enrollmentId(),
                    unavailable.toString());
            check.recordBureauUnavailable(unavailable.toString(), backoff, clock.instant());
        }
        if (!checks.saveWork(claimed)) {
            log.warn("Lost the lease on the credit check of enrollment {}; another instance finishes it",
                    check.enrollmentId());
            return;
        }
        if (check.awaitsPublication()) {
            log.info("Credit check for enrollment {} decided: {}", check.enrollmentId(),
                    check.decision().orElseThrow().verdict());
            publish(claimed);
        }
    }

    private boolean publish(Claimed claimed) {
        try {
            publisher.publish(claimed.check());
        } catch (RuntimeException failed) {
            // The decision is stored; the lease expires and a worker publishes it again (same event id).
            log.warn("Decision of the credit check for enrollment {} not published yet: {}",
                    claimed.check().enrollmentId(), failed.toString());
            return false;
        }
        checks.markPublished(claimed, clock.instant());
        return true;
    }
}
