package csp.enrollment.verification.cases;

import csp.enrollment.verification.profile.ProfileStatus;
import csp.enrollment.verification.tenant.TenantClaimManagement;
import csp.enrollment.work.PendingWork;
import csp.enrollment.work.WorkHandler;
import csp.enrollment.work.WorkKind;
import csp.enrollment.work.WorkLogContext;
import csp.enrollment.work.WorkResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes the output events of cases: what a {@value #KIND_NAME} ticket (ref =
 * enrollment id) stands for. One read for the batch, the first unpublished event of every
 * case sent at once, then, where a case has a second one (a review decision whose
 * ReviewRequested is not out either), that one, so a case's events keep their order; one
 * write per round. The case's own {@code publishedAt} fields stay the truth: what is out
 * is not sent again, and every attempt sends the stored event with its fixed id.
 *
 * <p>
 * A rejected case gives its tenant back here, before its ProfileRejected goes out (once
 * the partner hears of the rejection, the tenant is free for a new application): the
 * ticket was written before the case, so a crash in between cannot leave the claim
 * behind; the release is idempotent, so doing it again on a retry changes nothing.
 */
@Component
public class OutcomePublishing implements WorkHandler {

    static final String KIND_NAME = "publish-outcome";

    public static final WorkKind KIND = new WorkKind(KIND_NAME);

    private static final Logger log = LoggerFactory.getLogger(OutcomePublishing.class);

    private final Verifications verifications;

    private final CaseEvents events;

    private final TenantClaimManagement tenants;

    private final Clock clock;

    OutcomePublishing(Verifications verifications, CaseEvents events, TenantClaimManagement tenants, Clock clock) {
        this.verifications = verifications;
        this.events = events;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public WorkKind kind() {
        return KIND;
    }

    @Override
    public WorkResults work(List<PendingWork> items) {
        Map<VerificationCase, Deque<OutputEvent>> toPublish = new LinkedHashMap<>();
        List<VerificationCase> cases = verifications.findAll(items.stream().map(PendingWork::ref).toList());
        tenants.profilesRejected(cases.stream()
            .filter(found -> found.status() == ProfileStatus.REJECTED)
            .map(VerificationCase::id)
            .toList());
        for (VerificationCase found : cases) {
            if (!found.unpublishedEvents().isEmpty()) {
                toPublish.put(found, new ArrayDeque<>(found.unpublishedEvents()));
            }
        }
        Map<String, String> failures = new HashMap<>();
        Map<String, String> traces = WorkLogContext.traceparents(items);
        while (!toPublish.isEmpty()) {
            List<CaseEvents.PendingEvent> round = new ArrayList<>();
            toPublish.forEach((verificationCase, queue) -> round
                .add(new CaseEvents.PendingEvent(verificationCase, queue.peek(), traces.get(verificationCase.id()))));
            Map<String, String> refused = events.publish(round);
            List<CaseEvents.PendingEvent> published = new ArrayList<>();
            for (CaseEvents.PendingEvent sent : round) {
                String failure = refused.get(sent.event().eventId());
                if (failure == null) {
                    published.add(sent);
                    toPublish.get(sent.verificationCase()).poll();
                }
                else {
                    failures.put(sent.verificationCase().id(), failure);
                    toPublish.remove(sent.verificationCase());
                }
            }
            verifications.markPublished(published, clock.instant());
            toPublish.values().removeIf(Deque::isEmpty);
        }
        WorkResults results = new WorkResults();
        for (PendingWork item : items) {
            String failure = failures.get(item.ref());
            if (failure == null) {
                results.done(item.ref());
            }
            else {
                try (var context = WorkLogContext.of(item)) {
                    log.warn("Enrollment {}: publishing its outcome failed (attempt {}), tried again later: {}",
                            item.ref(), item.failedAttempts() + 1, failure);
                }
                results.retryLater(item.ref(), failure);
            }
        }
        return results;
    }

}
