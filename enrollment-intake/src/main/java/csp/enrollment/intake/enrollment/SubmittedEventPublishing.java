package csp.enrollment.intake.enrollment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import csp.enrollment.work.PendingWork;
import csp.enrollment.work.WorkHandler;
import csp.enrollment.work.WorkKind;
import csp.enrollment.work.WorkLogContext;
import csp.enrollment.work.WorkQueue;
import csp.enrollment.work.WorkResults;

/**
 * Publishes the {@code EnrollmentSubmitted} of accepted enrollments: what a
 * {@value #KIND_NAME} ticket stands for. One read for the batch, one send each without
 * waiting in between, one write for all that went out. The enrollment's own outbox fields
 * stay the truth: an enrollment already published (or never stored) is done without
 * sending anything, and every attempt sends the event id fixed at acceptance. Before the
 * batch goes out, each enrollment with an idempotency key gets the timer that forgets the
 * key ({@link ForgetIdempotencyKeys}): one write for the batch, and no enrollment
 * announced without one.
 */
@Component
class SubmittedEventPublishing implements WorkHandler {

    static final String KIND_NAME = "publish-submitted";
    static final WorkKind KIND = new WorkKind(KIND_NAME);

    private static final Logger log = LoggerFactory.getLogger(SubmittedEventPublishing.class);

    private final Enrollments enrollments;

    private final SubmittedEvents events;

    private final Clock clock;

    /** The queue hands its work to this handler, so it is looked up when first used. */
    private final ObjectProvider<WorkQueue> timers;

    private final Duration keyRetention;

    SubmittedEventPublishing(Enrollments enrollments, SubmittedEvents events, Clock clock,
            ObjectProvider<WorkQueue> timers, IdempotencySettings idempotency) {
        this.enrollments = enrollments;
        this.events = events;
        this.clock = clock;
        this.timers = timers;
        this.keyRetention = idempotency.keyRetention();
    }

    @Override
    public WorkKind kind() {
        return KIND;
    }

    @Override
    public WorkResults work(List<PendingWork> items) {
        List<EnrollmentDocument> unpublished = enrollments
            .findUnpublished(items.stream().map(PendingWork::ref).toList());
        forgetKeysLater(unpublished);
        Map<String, String> traces = WorkLogContext.traceparents(items);
        Map<String, String> failures = events
            .publish(unpublished.stream().map(enrollment -> event(enrollment, traces.get(enrollment.id()))).toList());
        enrollments.markPublished(
                unpublished.stream().map(EnrollmentDocument::id).filter(id -> !failures.containsKey(id)).toList(),
                clock.instant());
        WorkResults results = new WorkResults();
        for (PendingWork item : items) {
            String failure = failures.get(item.ref());
            if (failure == null) {
                results.done(item.ref());
            }
            else {
                try (var context = WorkLogContext.of(item)) {
                    log.warn("Enrollment {}: publishing EnrollmentSubmitted failed (attempt {}), tried again later: {}",
                            item.ref(), item.failedAttempts() + 1, failure);
                }
                results.retryLater(item.ref(), failure);
            }
        }
        return results;
    }

    private void forgetKeysLater(List<EnrollmentDocument> enrollments) {
        Map<String, Instant> forgetAt = enrollments.stream()
            .filter(enrollment -> enrollment.idempotencyKey() != null)
            .collect(Collectors.toMap(enrollment -> ForgetIdempotencyKeys.refOfEnrollment(enrollment.id()),
                    enrollment -> enrollment.receivedAt().plus(keyRetention)));
        timers.getObject().schedule(ForgetIdempotencyKeys.KIND, forgetAt);
    }

    private static SubmittedEnrollment event(EnrollmentDocument enrollment, String traceparent) {
        return new SubmittedEnrollment(enrollment.id(), enrollment.outbox().eventId(), enrollment.outbox().occurredAt(),
                enrollment.application(), enrollment.bank(), traceparent, enrollment.transitionedFrom());
    }

}
