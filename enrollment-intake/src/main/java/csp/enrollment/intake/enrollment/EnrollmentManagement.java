package csp.enrollment.intake.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import csp.enrollment.intake.application.ApplicationFingerprint;
import csp.enrollment.intake.application.ApplicationValidator;
import csp.enrollment.intake.application.Submission;
import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.status.EnrollmentStatus;
import csp.enrollment.intake.status.StatusChange;
import csp.enrollment.intake.status.StatusEntry;
import csp.enrollment.intake.status.StatusHistory;

/**
 * Intake's one entry point: accepts applications (HTTP and Kafka alike), remembers refused ones,
 * keeps each enrollment's status view. Holds no per-enrollment state: any number of instances may run.
 */
@Service
public class EnrollmentManagement {

    private static final Logger log = LoggerFactory.getLogger(EnrollmentManagement.class);

    private final ApplicationValidator validator;
    private final Enrollments enrollments;
    private final RejectedApplications rejections;
    private final OutboxRelay outbox;
    private final OutboxSettings settings;
    private final Clock clock;

    EnrollmentManagement(ApplicationValidator validator, Enrollments enrollments, RejectedApplications rejections,
            OutboxRelay outbox, OutboxSettings settings, Clock clock) {
        this.validator = validator;
        this.enrollments = enrollments;
        this.rejections = rejections;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Validates and, if valid, stores the application together with its unpublished
     * {@code EnrollmentSubmitted} in one insert, then has the event published. A repeated
     * idempotency key finds the enrollment stored before; the unique index decides between two
     * concurrent submissions with one key.
     */
    public SubmissionOutcome submit(Submission submission) {
        List<Violation> violations = validator.validate(submission.form(), submission.readingProblems());
        if (!violations.isEmpty()) {
            return new SubmissionOutcome.Invalid(violations);
        }
        String fingerprint = ApplicationFingerprint.of(submission.form());
        EnrollmentDocument enrollment = newEnrollment(submission, fingerprint);
        try {
            enrollments.insert(enrollment);
        }
        catch (DuplicateKeyException keyTaken) {
            if (submission.idempotencyKey() == null) {
                throw keyTaken;
            }
            return enrollments.findByIdempotencyKey(submission.idempotencyKey())
                    .<SubmissionOutcome>map(earlier -> earlier.fingerprint().equals(fingerprint)
                            ? new SubmissionOutcome.Repeated(earlier.id())
                            : new SubmissionOutcome.KeyConflict())
                    .orElseThrow(() -> keyTaken);
        }
        log.info("Accepted enrollment {} ({}, via {})", enrollment.id(), enrollment.enrollmentType(),
                submission.channel());
        outbox.publishSoon(enrollment);
        return new SubmissionOutcome.Accepted(enrollment.id());
    }

    /**
     * Remembers that this application (by idempotency key and content) was refused for
     * {@code reasons}, and returns the rejection to announce: the one stored before, if any.
     */
    public RejectedApplication reject(Submission submission, List<Violation> reasons) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        RejectedApplication rejection = new RejectedApplication(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), now, submission.idempotencyKey(), submission.source(), reasons);
        RejectedApplication remembered = rejections.rememberOnce(submission.idempotencyKey(),
                ApplicationFingerprint.of(submission.form()), rejection);
        log.info("Rejected application as enrollment {} with {} problem(s)", remembered.enrollmentId(),
                reasons.size());
        return remembered;
    }

    /** Applies a status event to the enrollment's view, once, whatever the order of arrival. */
    public void record(StatusChange change) {
        if (enrollments.apply(change)) {
            log.info("Enrollment {}: {} (event {})", change.enrollmentId(), change.entry().status(), change.eventId());
        }
        else {
            log.debug("Enrollment {}: event {} was applied before", change.enrollmentId(), change.eventId());
        }
    }

    public Optional<EnrollmentDetails> find(String enrollmentId) {
        return enrollments.findById(enrollmentId).map(EnrollmentManagement::details);
    }

    private static EnrollmentDetails details(EnrollmentDocument enrollment) {
        StatusHistory history = new StatusHistory(enrollment.history());
        String accountLast4 = enrollment.application() == null || enrollment.application().bank() == null
                ? null
                : enrollment.application().bank().accountLast4();
        return new EnrollmentDetails(enrollment.id(), enrollment.enrollmentType(), history.current(),
                enrollment.market(), enrollment.currency(), accountLast4, history.chronological());
    }

    private EnrollmentDocument newEnrollment(Submission submission, String fingerprint) {
        String id = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // The accepting instance holds the lease while it makes the first attempt right away.
        var pending = new EnrollmentDocument.Outbox(eventId, now, false, 0, now.plus(settings.lease()), null, null);
        return new EnrollmentDocument(id, submission.form().enrollmentType(), submission.idempotencyKey(),
                fingerprint, submission.channel().name(), submission.source(), now, submission.form(), null, null,
                List.of(new StatusEntry(EnrollmentStatus.SUBMITTED, now, List.of())), List.of(eventId), pending);
    }
}
