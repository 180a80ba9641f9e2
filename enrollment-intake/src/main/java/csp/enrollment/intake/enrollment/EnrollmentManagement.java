package csp.enrollment.intake.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import csp.enrollment.intake.application.ApplicationFingerprint;
import csp.enrollment.intake.application.ApplicationValidator;
import csp.enrollment.intake.application.Submission;
import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.privacy.BankDetailsVault;
import csp.enrollment.intake.status.EnrollmentStatus;
import csp.enrollment.intake.status.StatusChange;
import csp.enrollment.intake.status.StatusEntry;
import csp.enrollment.intake.status.StatusTransitions;
import csp.enrollment.work.Reservation;
import csp.enrollment.work.WorkQueue;

/**
 * Intake's one entry point: accepts applications (HTTP and Kafka alike), remembers
 * refused ones, keeps each enrollment's status view. Holds no per-enrollment state: any
 * number of instances may run.
 */
@Service
public class EnrollmentManagement {

    /**
     * The most enrollments a search answers: it is for finding one, not for listing them
     * all.
     */
    public static final int SEARCH_LIMIT = 50;

    private static final Logger log = LoggerFactory.getLogger(EnrollmentManagement.class);

    private final ApplicationValidator validator;

    private final Enrollments enrollments;

    private final RejectedApplications rejections;

    private final WorkQueue work;

    private final Clock clock;

    private final IntakeMonitor monitor;

    private final BankDetailsVault vault;

    private final IdempotencySettings idempotency;

    EnrollmentManagement(ApplicationValidator validator, Enrollments enrollments, RejectedApplications rejections,
            WorkQueue work, Clock clock, ObjectProvider<IntakeMonitor> monitor, BankDetailsVault vault,
            IdempotencySettings idempotency) {
        this.vault = vault;
        this.idempotency = idempotency;
        this.monitor = monitor.getIfAvailable(() -> IntakeMonitor.NONE);
        this.validator = validator;
        this.enrollments = enrollments;
        this.rejections = rejections;
        this.work = work;
        this.clock = clock;
    }

    /**
     * Validates and, if valid, stores the application together with its unpublished
     * {@code EnrollmentSubmitted} in one insert, then has the event published at once,
     * off the caller's thread. A repeated idempotency key finds the enrollment stored
     * before; the unique index decides between two concurrent submissions with one key.
     */
    public SubmissionOutcome submit(Submission submission) {
        List<Violation> violations = validator.validate(submission.form(), submission.readingProblems());
        if (!violations.isEmpty()) {
            return new SubmissionOutcome.Invalid(violations);
        }
        String fingerprint = ApplicationFingerprint.of(submission.form());
        EnrollmentDocument enrollment = newEnrollment(submission, fingerprint);
        // The ticket first: if this instance dies after the insert, the sweep still
        // publishes the event.
        Reservation publication = work.reserve(SubmittedEventPublishing.KIND, List.of(enrollment.id()));
        try {
            enrollments.insert(enrollment);
        }
        catch (DuplicateKeyException keyTaken) {
            // nothing of this attempt is stored: its data key has nothing to protect
            vault.shred(enrollment.id());
            if (submission.idempotencyKey() == null) {
                throw keyTaken;
            }
            return enrollments.findByIdempotencyKey(submission.scopedIdempotencyKey())
                .<SubmissionOutcome>map(earlier -> fingerprint.equals(earlier.fingerprint())
                        ? new SubmissionOutcome.Repeated(earlier.id()) : new SubmissionOutcome.KeyConflict())
                .orElseThrow(() -> keyTaken);
        }
        finally {
            // Also when nothing was stored: the handler then finds nothing to publish and
            // drops the ticket.
            work.start(publication);
        }
        log.info("Accepted enrollment {} ({}, via {})", enrollment.id(), enrollment.enrollmentType(),
                submission.channel());
        monitor.accepted(submission.channel(), enrollment.enrollmentType());
        return new SubmissionOutcome.Accepted(enrollment.id());
    }

    /**
     * Remembers that this application (by idempotency key and content) was refused for
     * {@code reasons}, and returns the rejection to announce: the one stored before, if
     * any.
     */
    public RejectedApplication reject(Submission submission, List<Violation> reasons) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        RejectedApplication rejection = new RejectedApplication(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), now, submission.idempotencyKey(), submission.source(), reasons);
        String fingerprint = ApplicationFingerprint.of(submission.form());
        // the timer first: no rejection is remembered without one
        work.schedule(ForgetIdempotencyKeys.KIND,
                Map.of(ForgetIdempotencyKeys
                    .refOfRejection(RejectedApplications.idOf(submission.scopedIdempotencyKey(), fingerprint)),
                        now.plus(idempotency.keyRetention())));
        RejectedApplication remembered = rejections.rememberOnce(submission.scopedIdempotencyKey(), fingerprint,
                rejection);
        log.info("Rejected application as enrollment {} with {} problem(s)", remembered.enrollmentId(), reasons.size());
        return remembered;
    }

    /**
     * Applies a status event to the enrollment's view, once, whatever the order of
     * arrival, unless the state machine refuses it ({@link StatusTransitions}): then
     * nothing is written and the refusal is returned, for the caller to dead-letter.
     */
    public StatusTransitions.Decision record(StatusChange change) {
        Optional<EnrollmentDocument> stored = enrollments.findById(change.enrollmentId());
        StatusTransitions.Decision decision = decide(change, stored);
        if (decision.refused()) {
            log.warn("Enrollment {}: refused {} (event {}): {}", change.enrollmentId(), change.entry().status(),
                    change.eventId(), decision.reason());
            return decision;
        }
        if (enrollments.apply(change)) {
            log.info("Enrollment {}: {} (event {}, {})", change.enrollmentId(), change.entry().status(),
                    change.eventId(), decision.outcome());
            monitor.statusApplied(change.entry().status(), stored.map(EnrollmentDocument::receivedAt).orElse(null),
                    change.entry().at());
            return decision;
        }
        // Applied before, or a conflicting event was stored since the read: decide on
        // what is stored now.
        StatusTransitions.Decision now = decide(change, enrollments.findById(change.enrollmentId()));
        if (now.refused()) {
            log.warn("Enrollment {}: refused {} (event {}): {}", change.enrollmentId(), change.entry().status(),
                    change.eventId(), now.reason());
        }
        else {
            log.debug("Enrollment {}: event {} was applied before", change.enrollmentId(), change.eventId());
        }
        return now;
    }

    private static StatusTransitions.Decision decide(StatusChange change, Optional<EnrollmentDocument> stored) {
        return StatusTransitions.decide(stored.map(EnrollmentDocument::enrollmentType).orElse(null),
                stored.map(enrollment -> StatusTransitions.statusesOf(enrollment.history())).orElse(List.of()),
                change.enrollmentType(), change.entry().status());
    }

    public Optional<EnrollmentDetails> find(String enrollmentId) {
        return enrollments.findById(enrollmentId).map(EnrollmentDetails::of);
    }

    /** The newest {@link #SEARCH_LIMIT} enrollments with this MPN ID. */
    public List<EnrollmentSummary> findByMpnId(String mpnId) {
        return enrollments.findNewestByMpnId(mpnId, SEARCH_LIMIT);
    }

    /** The newest {@link #SEARCH_LIMIT} enrollments of this tenant. */
    public List<EnrollmentSummary> findByTenantId(String tenantId) {
        return enrollments.findNewestByTenantId(tenantId, SEARCH_LIMIT);
    }

    /**
     * The newest {@link #SEARCH_LIMIT} enrollments whose admin has this work e-mail
     * address, in any case; none erased.
     */
    public List<EnrollmentSummary> findByAdminEmail(String adminEmail) {
        return enrollments.findNewestByAdminEmail(adminEmail, SEARCH_LIMIT);
    }

    private EnrollmentDocument newEnrollment(Submission submission, String fingerprint) {
        String id = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var pending = new EnrollmentDocument.Outbox(eventId, now, false, null);
        var bank = StoredBank.of(submission.form().bank(), vault.seal(id, submission.form().bank()));
        return new EnrollmentDocument(id, submission.form().enrollmentType(), submission.scopedIdempotencyKey(),
                fingerprint, submission.channel().name(), submission.source(), now, submission.form().withoutBank(),
                EnrollmentDocument.adminEmailKeyOf(submission.form()), null, null,
                List.of(new StatusEntry(EnrollmentStatus.SUBMITTED, now, List.of())), List.of(eventId), pending, bank,
                null, null, null, null, null, null, null);
    }

}
