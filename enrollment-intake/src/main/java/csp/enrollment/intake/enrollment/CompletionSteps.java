package csp.enrollment.intake.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import csp.enrollment.intake.application.ApplicationForm;
import csp.enrollment.intake.application.EnrollmentType;
import csp.enrollment.intake.completion.EnrollmentState;
import csp.enrollment.intake.privacy.BankDetailsVault;
import csp.enrollment.intake.status.EnrollmentStatus;
import csp.enrollment.intake.status.StatusEntry;
import csp.enrollment.intake.status.StatusHistory;
import csp.enrollment.intake.status.StatusReason;
import csp.enrollment.messaging.EventIds;
import csp.enrollment.work.Reservation;
import csp.enrollment.work.WorkQueue;

/**
 * The steps that follow a recorded command, each idempotent, so the command that recorded
 * it and the publishing work that announces it can both run them (the latter finishes
 * what a crash interrupted): completing an enrollment once all it needs is recorded, and
 * storing the enrollment that continues a transitioned one.
 */
@Component
class CompletionSteps {

    private static final Logger log = LoggerFactory.getLogger(CompletionSteps.class);

    private final Enrollments enrollments;

    private final BankDetailsVault vault;

    private final Clock clock;

    /**
     * The queue hands its work to a handler that uses these steps, so it is looked up
     * when first used.
     */
    private final ObjectProvider<WorkQueue> work;

    private final IntakeMonitor monitor;

    CompletionSteps(Enrollments enrollments, BankDetailsVault vault, Clock clock, ObjectProvider<WorkQueue> work,
            ObjectProvider<IntakeMonitor> monitor) {
        this.enrollments = enrollments;
        this.vault = vault;
        this.clock = clock;
        this.work = work;
        this.monitor = monitor.getIfAvailable(() -> IntakeMonitor.NONE);
    }

    static EnrollmentState stateOf(EnrollmentDocument enrollment) {
        return new EnrollmentState(EnrollmentType.parse(enrollment.enrollmentType()),
                new StatusHistory(enrollment.history()).current(), enrollment.agreement(), enrollment.supportPlan(),
                enrollment.transition(), enrollment.erasure() != null);
    }

    /**
     * Marks the enrollment ENROLLED with its EnrollmentCompleted if all it needs is
     * recorded; whether this call did.
     */
    boolean completeIfReady(EnrollmentDocument enrollment) {
        EnrollmentState state = stateOf(enrollment);
        if (!state.readyToComplete()) {
            return false;
        }
        Instant now = now();
        var enrolled = new StatusEntry(EnrollmentStatus.ENROLLED, now, reasonsOfEnrolled(enrollment));
        var event = new PartnerEvent(EventIds.derived(enrollment.id(), "EnrollmentCompleted"),
                PartnerEventType.ENROLLMENT_COMPLETED, now);
        boolean completed = enrollments.complete(enrollment.id(), state.type() == EnrollmentType.DIRECT_BILL, enrolled,
                event);
        if (completed) {
            log.info("Enrollment {}: ENROLLED", enrollment.id());
            monitor.statusApplied(EnrollmentStatus.ENROLLED, enrollment.receivedAt(), now);
        }
        return completed;
    }

    /**
     * The ENROLLED entry names what completed it: the agreement and its version, the
     * support plan.
     */
    private static List<StatusReason> reasonsOfEnrolled(EnrollmentDocument enrollment) {
        List<StatusReason> reasons = new ArrayList<>();
        reasons.add(new StatusReason("AGREEMENT_ACCEPTED", enrollment.agreement().agreement() + " version "
                + enrollment.agreement().version() + " accepted at " + enrollment.agreement().acceptedAt()));
        if (enrollment.supportPlan() != null) {
            reasons.add(new StatusReason("SUPPORT_PLAN_RECORDED",
                    enrollment.supportPlan().plan() + " bought at " + enrollment.supportPlan().purchasedAt()));
        }
        return reasons;
    }

    /**
     * Stores the indirect reseller enrollment that continues a transitioned one, unless
     * it is stored: the same company, admin, MPN ID and tenant, the bank details sealed
     * anew with its own data key, and its EnrollmentSubmitted (naming the old enrollment)
     * to publish.
     * @return whether this call stored it
     */
    boolean storeSuccessor(EnrollmentDocument old) {
        if (old.transition() == null) {
            return false;
        }
        String id = old.transition().newEnrollmentId();
        if (enrollments.findById(id).isPresent()) {
            return false;
        }
        // The ticket first: if this instance dies after the insert, the sweep still
        // publishes the event.
        Reservation publication = work.getObject().reserve(SubmittedEventPublishing.KIND, List.of(id));
        try {
            enrollments.insert(successorOf(old, id));
            log.info("Enrollment {}: continues {} as INDIRECT_RESELLER", id, old.id());
            return true;
        }
        catch (DuplicateKeyException storedMeanwhile) {
            return false;
        }
        finally {
            work.getObject().start(publication);
        }
    }

    private EnrollmentDocument successorOf(EnrollmentDocument old, String id) {
        Instant now = now();
        String eventId = EventIds.derived(old.id(), "EnrollmentSubmitted of the transition");
        StoredBank bank = Optional.ofNullable(old.bank())
            .flatMap(stored -> Optional.ofNullable(stored.sealed()))
            .flatMap(vault::open)
            .map(plain -> StoredBank.of(plain, vault.seal(id, plain)))
            // the old data key is gone (erased since): the new enrollment shows the
            // masked details only
            .orElseGet(() -> old.bank() == null ? null : new StoredBank(old.bank().accountHolder(), old.bank().bic(),
                    old.bank().ibanCountryCode(), old.bank().accountLast4(), null));
        ApplicationForm application = old.application().asIndirectReseller();
        return new EnrollmentDocument(id, EnrollmentType.INDIRECT_RESELLER.name(), null, null, old.channel(),
                old.source(), now, application, EnrollmentDocument.adminEmailKeyOf(application), null, null,
                List.of(new StatusEntry(EnrollmentStatus.SUBMITTED, now, List.of())), List.of(eventId),
                new EnrollmentDocument.Outbox(eventId, now, false, null), bank, null, null, null, null, old.id(), null,
                null);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

}
