package csp.enrollment.intake.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import csp.enrollment.access.KafkaAccess;
import csp.enrollment.events.ApplicationRejected;
import csp.enrollment.events.EnrollmentApplication;
import csp.enrollment.events.Reason;
import csp.enrollment.events.Topics;
import csp.enrollment.intake.application.IdempotencyKeyRule;
import csp.enrollment.intake.application.Submission;
import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.application.ViolationCode;
import csp.enrollment.intake.enrollment.EnrollmentManagement;
import csp.enrollment.intake.enrollment.RejectedApplication;
import csp.enrollment.intake.enrollment.SubmissionOutcome;
import csp.enrollment.messaging.EventMetadataFactory;
import csp.enrollment.messaging.EventPublisher;

/**
 * Applications from {@code enrollment.applications}: the same validation and idempotency
 * as over HTTP. A refused application is answered with {@code ApplicationRejected}, the
 * same one however often the application is redelivered.
 */
@Component
class KafkaApplications {

    static final String IDEMPOTENCY_KEY_FIELD = "idempotencyKey";

    /**
     * Only this principal may write enrollment.applications (contract §7): its keys are
     * its own.
     */
    static final String KAFKA_CALLER = KafkaAccess.UPSTREAM.name();

    private final EnrollmentManagement enrollments;

    private final EventPublisher publisher;

    private final EventMetadataFactory metadata;

    KafkaApplications(EnrollmentManagement enrollments, EventPublisher publisher, EventMetadataFactory metadata) {
        this.enrollments = enrollments;
        this.publisher = publisher;
        this.metadata = metadata;
    }

    /**
     * @param recordKey the record's key: the idempotency key when the application names
     * none. A record with neither gets a random key, so it cannot be recognised when sent
     * again.
     */
    void receive(EnrollmentApplication application, String recordKey) {
        List<Violation> readingProblems = new ArrayList<>();
        boolean submitterKey = application.getIdempotencyKey() != null || recordKey != null;
        String key = application.getIdempotencyKey();
        if (key != null) {
            IdempotencyKeyRule.check(key, IDEMPOTENCY_KEY_FIELD).ifPresent(readingProblems::add);
        }
        else {
            key = recordKey != null ? recordKey : UUID.randomUUID().toString();
        }
        var submission = new Submission(ApplicationMapping.toForm(application), key, KAFKA_CALLER,
                Submission.Channel.KAFKA, application.getSource(), readingProblems);
        SubmissionOutcome outcome = enrollments.submit(submission);
        if (outcome instanceof SubmissionOutcome.Invalid invalid) {
            announce(enrollments.reject(submission, invalid.violations()), submitterKey);
        }
        else if (outcome instanceof SubmissionOutcome.KeyConflict) {
            announce(enrollments.reject(submission,
                    List.of(new Violation(IDEMPOTENCY_KEY_FIELD, ViolationCode.IDEMPOTENCY_KEY_REUSED,
                            "was already used for a different application; use a new key for a new application"))),
                    submitterKey);
        }
        // Accepted: EnrollmentSubmitted is on its way through the outbox. Repeated: it
        // was announced before.
    }

    /**
     * Blocks until the broker has it, so the application's offset commits only after the
     * answer is out. A key intake made up itself is not echoed: the submitter could not
     * match it.
     */
    private void announce(RejectedApplication rejection, boolean echoKey) {
        var event = ApplicationRejected.newBuilder()
            .setMetadata(metadata.first(rejection.enrollmentId(), rejection.eventId(), rejection.occurredAt()))
            .setIdempotencyKey(echoKey ? rejection.idempotencyKey() : null)
            .setSource(rejection.source())
            .setReasons(rejection.reasons()
                .stream()
                .map(reason -> Reason.newBuilder()
                    .setCode(reason.code().name())
                    .setMessage(reason.message())
                    .setField(reason.field())
                    .build())
                .toList())
            .build();
        publisher.publish(Topics.APPLICATION_REJECTED, rejection.enrollmentId(), event);
    }

}
