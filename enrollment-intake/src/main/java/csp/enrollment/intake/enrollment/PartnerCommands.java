package csp.enrollment.intake.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.completion.AgreementForm;
import csp.enrollment.intake.completion.AgreementRules;
import csp.enrollment.intake.completion.CommandVerdict;
import csp.enrollment.intake.completion.EnrollmentState;
import csp.enrollment.intake.completion.RecordedAgreement;
import csp.enrollment.intake.completion.RecordedSupportPlan;
import csp.enrollment.intake.completion.SupportPlanForm;
import csp.enrollment.intake.completion.SupportPlanRules;
import csp.enrollment.intake.completion.Transition;
import csp.enrollment.intake.completion.TransitionForm;
import csp.enrollment.intake.completion.TransitionRules;
import csp.enrollment.intake.status.EnrollmentStatus;
import csp.enrollment.intake.status.StatusEntry;
import csp.enrollment.intake.status.StatusReason;
import csp.enrollment.messaging.EventIds;
import csp.enrollment.work.Reservation;
import csp.enrollment.work.WorkQueue;

/**
 * The partner's commands (contract.md §8, §9): accept the agreement, record the support
 * plan, move to the indirect reseller model. Each is decided by its rules class on the
 * enrollment as stored, then written in one conditional update together with the event
 * that announces it (the outbox of {@code publish-partner-events}), so a command accepted
 * is never lost while Kafka is down, and two commands at once are decided by the store:
 * the write of the one that lost the race matches nothing, and it is decided again on
 * what is stored now. A repeated command records and emits nothing new.
 */
@Service
public class PartnerCommands {

    private static final Logger log = LoggerFactory.getLogger(PartnerCommands.class);

    /**
     * A command that lost a race is decided again; a third time it would have lost twice
     * to commands that all recorded.
     */
    private static final int ATTEMPTS = 3;

    private final Enrollments enrollments;

    private final CompletionSteps steps;

    private final WorkQueue work;

    private final Clock clock;

    private final IntakeMonitor monitor;

    PartnerCommands(Enrollments enrollments, CompletionSteps steps, WorkQueue work, Clock clock,
            ObjectProvider<IntakeMonitor> monitor) {
        this.enrollments = enrollments;
        this.steps = steps;
        this.work = work;
        this.clock = clock;
        this.monitor = monitor.getIfAvailable(() -> IntakeMonitor.NONE);
    }

    /** {@code POST /api/enrollments/{id}/agreement}. */
    public CommandOutcome acceptAgreement(String enrollmentId, AgreementForm form) {
        List<Violation> violations = form.violations();
        if (!violations.isEmpty()) {
            return new CommandOutcome.Invalid(violations);
        }
        return run(enrollmentId, state -> AgreementRules.decide(state, form.agreementType()), enrollment -> {
            Instant now = now();
            var agreement = new RecordedAgreement(form.agreementType(), form.version(), form.acceptedByName(),
                    form.acceptedByEmail(), now);
            var event = new PartnerEvent(EventIds.derived(enrollmentId, "AgreementAccepted"),
                    PartnerEventType.AGREEMENT_ACCEPTED, now);
            boolean recorded = enrollments.recordAgreement(enrollmentId,
                    EnrollmentState.waitingStatusOf(CompletionSteps.stateOf(enrollment).type()), agreement, event);
            if (recorded) {
                log.info("Enrollment {}: {} version {} accepted", enrollmentId, agreement.agreement(),
                        agreement.version());
            }
            return recorded ? Optional.of(enrollmentId) : Optional.empty();
        });
    }

    /** {@code POST /api/enrollments/{id}/support-plan}. */
    public CommandOutcome recordSupportPlan(String enrollmentId, SupportPlanForm form) {
        List<Violation> violations = form.violations(clock.instant());
        if (!violations.isEmpty()) {
            return new CommandOutcome.Invalid(violations);
        }
        return run(enrollmentId, SupportPlanRules::decide, enrollment -> {
            Instant now = now();
            var plan = new RecordedSupportPlan(form.planType(),
                    form.purchasedAtInstant().truncatedTo(ChronoUnit.MILLIS), now);
            var event = new PartnerEvent(EventIds.derived(enrollmentId, "SupportPlanRecorded"),
                    PartnerEventType.SUPPORT_PLAN_RECORDED, now);
            boolean recorded = enrollments.recordSupportPlan(enrollmentId, plan, event);
            if (recorded) {
                log.info("Enrollment {}: support plan {} recorded", enrollmentId, plan.plan());
            }
            return recorded ? Optional.of(enrollmentId) : Optional.empty();
        });
    }

    /**
     * {@code POST /api/enrollments/{id}/transition}: the old enrollment becomes
     * TRANSITIONED and names its successor in the same write that stores its
     * EnrollmentTransitioned; the successor is stored right after (and, should this
     * instance die in between, by the publishing work). The outcome shows the new
     * enrollment.
     */
    public CommandOutcome transition(String enrollmentId, TransitionForm form) {
        List<Violation> violations = form.violations();
        if (!violations.isEmpty()) {
            return new CommandOutcome.Invalid(violations);
        }
        return run(enrollmentId, TransitionRules::decide, enrollment -> {
            Instant now = now();
            EnrollmentStatus from = CompletionSteps.stateOf(enrollment).status();
            var transition = new Transition(UUID.randomUUID().toString(), form.reason(), from);
            var transitioned = new StatusEntry(EnrollmentStatus.TRANSITIONED, now,
                    List.of(new StatusReason("TRANSITIONED_TO_INDIRECT_RESELLER", "Continued as indirect reseller "
                            + "enrollment " + transition.newEnrollmentId() + ": " + form.reason())));
            var event = new PartnerEvent(EventIds.derived(enrollmentId, "EnrollmentTransitioned"),
                    PartnerEventType.ENROLLMENT_TRANSITIONED, now);
            if (!enrollments.transition(enrollmentId, transition, transitioned, event)) {
                return Optional.empty();
            }
            log.info("Enrollment {}: TRANSITIONED from {} to indirect reseller enrollment {}", enrollmentId, from,
                    transition.newEnrollmentId());
            monitor.statusApplied(EnrollmentStatus.TRANSITIONED, enrollment.receivedAt(), now);
            return Optional.of(transition.newEnrollmentId());
        });
    }

    /**
     * Decides and records one command. The publishing ticket is reserved before anything
     * is written and started in the end, also for a repeat: a repeat may finish what a
     * crash interrupted.
     * @param record the conditional write; the id of the enrollment to show if it
     * matched, else empty
     */
    private CommandOutcome run(String enrollmentId, Function<EnrollmentState, CommandVerdict> rules,
            Function<EnrollmentDocument, Optional<String>> record) {
        Optional<EnrollmentDocument> stored = known(enrollmentId);
        if (stored.isEmpty()) {
            return new CommandOutcome.NotFound();
        }
        Reservation publication = work.reserve(PartnerEventPublishing.KIND, List.of(enrollmentId));
        if (publication.refs().isEmpty()) {
            // Another command of this enrollment holds its ticket, and its handler may
            // read the enrollment
            // before this command's write: a ticket of this command's own makes sure what
            // it stores goes out.
            publication = work.reserve(PartnerEventPublishing.KIND,
                    List.of(PartnerEventPublishing.followUpOf(enrollmentId)));
        }
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                EnrollmentDocument enrollment = stored.get();
                CommandVerdict verdict = rules.apply(CompletionSteps.stateOf(enrollment));
                switch (verdict.kind()) {
                    case REFUSED -> {
                        log.info("Enrollment {}: command refused: {}", enrollmentId, verdict.refusal());
                        return new CommandOutcome.Refused(verdict.refusal());
                    }
                    case REPEATED -> {
                        return new CommandOutcome.Repeated(finish(enrollmentId, shownAfter(enrollment)));
                    }
                    case ALLOWED -> {
                        Optional<String> shown = record.apply(enrollment);
                        if (shown.isPresent()) {
                            return new CommandOutcome.Accepted(finish(enrollmentId, shown.get()));
                        }
                    }
                }
                stored = known(enrollmentId); // lost a race: decide again on what is
                                              // stored now
            }
            throw new IllegalStateException(
                    "Enrollment " + enrollmentId + ": the command lost " + ATTEMPTS + " races in a row");
        }
        finally {
            work.start(publication);
        }
    }

    /**
     * The enrollment a repeat shows: the successor of a transitioned enrollment, else
     * itself.
     */
    private static String shownAfter(EnrollmentDocument enrollment) {
        return enrollment.transition() != null ? enrollment.transition().newEnrollmentId() : enrollment.id();
    }

    /**
     * Runs the steps that follow a recorded command, and returns the enrollment to show.
     */
    private EnrollmentDetails finish(String enrollmentId, String shownId) {
        EnrollmentDocument enrollment = enrollments.findById(enrollmentId).orElseThrow();
        steps.completeIfReady(enrollment);
        steps.storeSuccessor(enrollment);
        return enrollments.findById(shownId).map(EnrollmentDetails::of).orElseThrow();
    }

    /**
     * An enrollment intake accepted the application of: one known only from status events
     * has nothing to complete.
     */
    private Optional<EnrollmentDocument> known(String enrollmentId) {
        return enrollments.findById(enrollmentId).filter(Predicate.not(enrollment -> enrollment.application() == null));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

}
