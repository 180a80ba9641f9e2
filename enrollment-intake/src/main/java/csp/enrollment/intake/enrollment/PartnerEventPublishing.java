package csp.enrollment.intake.enrollment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import csp.enrollment.work.PendingWork;
import csp.enrollment.work.WorkHandler;
import csp.enrollment.work.WorkKind;
import csp.enrollment.work.WorkLogContext;
import csp.enrollment.work.WorkResults;

/**
 * Publishes the events of the partner's commands: what a {@value #KIND_NAME} ticket (one
 * per enrollment) stands for. First it finishes what a command may have left half done
 * when its instance died ({@link CompletionSteps}: the completion, the successor of a
 * transition); then it sends every event the enrollment stores and the broker has not
 * acknowledged, and records those that went out. The enrollment's own fields stay the
 * truth: with nothing left to send the ticket is done.
 */
@Component
class PartnerEventPublishing implements WorkHandler {

    static final String KIND_NAME = "publish-partner-events";
    static final WorkKind KIND = new WorkKind(KIND_NAME);

    private static final Logger log = LoggerFactory.getLogger(PartnerEventPublishing.class);

    private static final String FOLLOW_UP = "/follow-up/";

    /**
     * Commands that arrive while the events are out get published in the same run, up to
     * this many rounds.
     */
    private static final int ROUNDS = 3;

    private final Enrollments enrollments;

    private final CompletionSteps steps;

    private final PartnerEvents events;

    PartnerEventPublishing(Enrollments enrollments, CompletionSteps steps, PartnerEvents events) {
        this.enrollments = enrollments;
        this.steps = steps;
        this.events = events;
    }

    @Override
    public WorkKind kind() {
        return KIND;
    }

    /**
     * A ticket of one command's own, for when another command holds the enrollment's
     * ticket (see PartnerCommands): unique, so it is always this command's to start once
     * its write is done.
     */
    static String followUpOf(String enrollmentId) {
        return enrollmentId + FOLLOW_UP + UUID.randomUUID();
    }

    private static String enrollmentOf(String ref) {
        int followUp = ref.indexOf(FOLLOW_UP);
        return followUp < 0 ? ref : ref.substring(0, followUp);
    }

    @Override
    public WorkResults work(List<PendingWork> items) {
        Map<String, String> traces = new HashMap<>();
        items.forEach(item -> traces.put(enrollmentOf(item.ref()), item.traceparent()));
        Map<String, String> failureByEnrollment = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            if (!publish(traces, failureByEnrollment)) {
                break;
            }
        }
        WorkResults results = new WorkResults();
        for (PendingWork item : items) {
            String failure = failureByEnrollment.get(enrollmentOf(item.ref()));
            if (failure == null) {
                results.done(item.ref());
            }
            else {
                try (var context = WorkLogContext.of(item.traceparent(), enrollmentOf(item.ref()))) {
                    log.warn("Enrollment {}: publishing a partner event failed (attempt {}), tried again later: {}",
                            enrollmentOf(item.ref()), item.failedAttempts() + 1, failure);
                }
                results.retryLater(item.ref(), failure);
            }
        }
        return results;
    }

    /**
     * One round: finish, send and record what the enrollments without a failure so far
     * have unpublished.
     * @return whether anything was sent (another round may find what a command stored
     * meanwhile)
     */
    private boolean publish(Map<String, String> traces, Map<String, String> failureByEnrollment) {
        List<String> ids = traces.keySet().stream().filter(id -> !failureByEnrollment.containsKey(id)).toList();
        List<EnrollmentDocument> stored = enrollments.findAll(ids);
        List<EnrollmentDocument> current = new ArrayList<>();
        for (EnrollmentDocument enrollment : stored) {
            boolean changed = steps.completeIfReady(enrollment);
            steps.storeSuccessor(enrollment);
            current.add(changed ? enrollments.findById(enrollment.id()).orElse(enrollment) : enrollment);
        }
        List<PartnerEventMessage> messages = new ArrayList<>();
        current.forEach(enrollment -> enrollment.unpublishedPartnerEvents()
            .forEach(event -> messages.add(message(enrollment, event, traces.get(enrollment.id())))));
        if (messages.isEmpty()) {
            return false;
        }
        Map<String, String> failures = events.publish(messages);
        for (EnrollmentDocument enrollment : current) {
            List<String> out = new ArrayList<>();
            for (PartnerEvent event : enrollment.unpublishedPartnerEvents()) {
                String failure = failures.get(event.eventId());
                if (failure == null) {
                    out.add(event.eventId());
                }
                else {
                    failureByEnrollment.putIfAbsent(enrollment.id(), event.type() + ": " + failure);
                }
            }
            enrollments.markPartnerEventsPublished(enrollment.id(), out);
        }
        return true;
    }

    private static PartnerEventMessage message(EnrollmentDocument enrollment, PartnerEvent event, String traceparent) {
        return new PartnerEventMessage(enrollment.id(), event, enrollment.enrollmentType(), enrollment.application(),
                enrollment.market(), enrollment.currency(), enrollment.agreement(), enrollment.supportPlan(),
                enrollment.transition(), traceparent);
    }

}
