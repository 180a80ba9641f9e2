package csp.enrollment.creditcheck.check;

import csp.enrollment.creditcheck.bureau.BureauAnswer;
import csp.enrollment.creditcheck.bureau.CreditBureau;
import csp.enrollment.work.PendingWork;
import csp.enrollment.work.WorkHandler;
import csp.enrollment.work.WorkKind;
import csp.enrollment.work.WorkLogContext;
import csp.enrollment.work.WorkResults;
import csp.enrollment.work.WorkSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves stored checks forward, a batch at a time: asks the bureau about the undecided
 * ones, stores each answer, and publishes each decision once it is stored. A check's
 * ticket is done only when its decision event is out, so a crash between storing and
 * publishing leaves a ticket the sweep hands out again, and the event (a pure function of
 * the stored check) goes out with the same id. A pending report is asked for again after
 * {@code pending-poll-interval}, an unreachable bureau after the shared back-off; both
 * times are stored on the check, so what operators see is when it happens.
 */
@Component
class AskBureau implements WorkHandler {

    private static final Logger log = LoggerFactory.getLogger(AskBureau.class);

    private final CreditChecks checks;

    private final CreditBureau bureau;

    private final DecisionPublisher publisher;

    private final CreditCheckSettings settings;

    private final CreditPolicy policy;

    private final RetryDelay backoff;

    private final Clock clock;

    AskBureau(CreditChecks checks, CreditBureau bureau, DecisionPublisher publisher, CreditCheckSettings settings,
            WorkSettings work, Clock clock) {
        this.checks = checks;
        this.bureau = bureau;
        this.publisher = publisher;
        this.settings = settings;
        this.policy = settings.policy();
        this.backoff = work.backoffOf(CreditCheckWork.ASK_BUREAU)::after;
        this.clock = clock;
    }

    @Override
    public WorkKind kind() {
        return CreditCheckWork.ASK_BUREAU;
    }

    @Override
    public WorkResults work(List<PendingWork> items) {
        WorkResults results = new WorkResults();
        Map<String, CreditCheck> stored = checks.findAll(items.stream().map(PendingWork::ref).toList());
        List<CreditCheck> toPublish = new ArrayList<>();
        String bureauDown = null;
        for (PendingWork item : items) {
            CreditCheck check = stored.get(item.ref());
            if (check == null || check.isErased()) {
                // the ticket was written, then the instance died before the check was, or
                // the partner's
                // data is erased (nothing to ask the bureau about, no event to send):
                // nothing to do
                results.done(item.ref());
            }
            else if (check.decision().isPresent()) {
                if (check.awaitsPublication()) {
                    toPublish.add(check);
                }
                else {
                    results.done(item.ref());
                }
            }
            else if (bureauDown != null) {
                // not asked: the bureau failed for another check a moment ago, asking
                // again would only wait for it
                results.retryLater(item.ref(), bureauDown);
            }
            else {
                try (var context = WorkLogContext.of(item)) {
                    bureauDown = ask(check, results);
                }
                if (check.awaitsPublication()) {
                    toPublish.add(check);
                }
            }
        }
        publish(toPublish, results, WorkLogContext.traceparents(items));
        return results;
    }

    /**
     * Asks the bureau about one check and stores the answer; returns the error when the
     * bureau could not be asked.
     */
    private String ask(CreditCheck check, WorkResults results) {
        String id = check.enrollmentId();
        String error = null;
        try {
            BureauAnswer answer = bureau.report(check.applicant().company());
            check.recordAnswer(answer, bureau.name(), policy, settings.pendingPollInterval(), clock.instant());
        }
        catch (RuntimeException unavailable) {
            // Whatever went wrong asking the bureau, it is not the partner's fault: wait
            // and ask again.
            error = unavailable.toString();
            log.warn("Credit bureau could not be asked for enrollment {}: {}", id, error);
            check.recordBureauUnavailable(error, backoff, clock.instant());
        }
        if (!checks.saveWork(check)) {
            // decided by an instance that took the work over; whoever holds the ticket
            // now publishes it
            log.warn("The credit check of enrollment {} was decided by another instance meanwhile", id);
            results.retryLater(id, "decided by another instance meanwhile");
            return error;
        }
        if (check.decision().isPresent()) {
            log.info("Credit check for enrollment {} decided: {}", id, check.decision().get().verdict());
        }
        else {
            Instant next = check.nextAttemptAt().orElseThrow();
            results.retryAt(id, next, error != null ? error : "the bureau's report is pending");
        }
        return error;
    }

    /**
     * Publishes the stored decisions, then records them published; one that fails is
     * published again later.
     */
    private void publish(List<CreditCheck> decided, WorkResults results, Map<String, String> traces) {
        List<String> published = new ArrayList<>();
        for (CreditCheck check : decided) {
            String traceparent = traces.get(check.enrollmentId());
            try (var context = WorkLogContext.of(traceparent, check.enrollmentId())) {
                try {
                    publisher.publish(check, traceparent);
                    published.add(check.enrollmentId());
                }
                catch (RuntimeException failed) {
                    log.warn("Decision of the credit check for enrollment {} not published yet: {}",
                            check.enrollmentId(), failed.toString());
                    results.retryLater(check.enrollmentId(), "decision not published: " + failed);
                }
            }
        }
        checks.markPublished(published, clock.instant());
        published.forEach(results::done);
    }

}
