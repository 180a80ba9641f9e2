package csp.enrollment.intake.enrollment;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import csp.enrollment.work.PendingWork;
import csp.enrollment.work.WorkHandler;
import csp.enrollment.work.WorkKind;
import csp.enrollment.work.WorkLogContext;
import csp.enrollment.work.WorkResults;

/**
 * Publishes the {@code PersonalDataErased} of erased enrollments: what a
 * {@value #KIND_NAME} ticket stands for. The enrollment's {@code erasure} fields stay the
 * truth, as for the submit's outbox.
 */
@Component
class ErasedEventPublishing implements WorkHandler {

    static final String KIND_NAME = "publish-personal-data-erased";
    static final WorkKind KIND = new WorkKind(KIND_NAME);

    private static final Logger log = LoggerFactory.getLogger(ErasedEventPublishing.class);

    private final Enrollments enrollments;

    private final ErasedEvents events;

    private final Clock clock;

    ErasedEventPublishing(Enrollments enrollments, ErasedEvents events, Clock clock) {
        this.enrollments = enrollments;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public WorkKind kind() {
        return KIND;
    }

    @Override
    public WorkResults work(List<PendingWork> items) {
        WorkResults results = new WorkResults();
        Set<String> failedRefs = new HashSet<>();
        List<String> refs = items.stream().map(PendingWork::ref).toList();
        Map<String, String> traces = WorkLogContext.traceparents(items);
        for (EnrollmentDocument enrollment : enrollments.findUnannouncedErasures(refs)) {
            var erasure = enrollment.erasure();
            try (var context = WorkLogContext.of(traces.get(enrollment.id()), enrollment.id())) {
                try {
                    events.publish(new ErasedEvents.ErasedEnrollment(enrollment.id(), erasure.eventId(),
                            erasure.erasedAt(), erasure.requestedBy(), traces.get(enrollment.id())));
                    enrollments.markErasureAnnounced(enrollment.id(), clock.instant());
                }
                catch (RuntimeException failed) {
                    log.warn("Enrollment {}: publishing PersonalDataErased failed, tried again later: {}",
                            enrollment.id(), failed.toString());
                    results.retryLater(enrollment.id(), failed.toString());
                    failedRefs.add(enrollment.id());
                }
            }
        }
        // announced before, or never erased: nothing (more) to do
        refs.stream().filter(ref -> !failedRefs.contains(ref)).forEach(results::done);
        return results;
    }

}
