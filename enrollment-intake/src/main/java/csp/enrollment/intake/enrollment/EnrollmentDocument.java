package csp.enrollment.intake.enrollment;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import csp.enrollment.intake.application.ApplicationForm;
import csp.enrollment.intake.status.StatusEntry;

/**
 * One enrollment in intake's database: the application as accepted (the only place that keeps the
 * full bank details), its status history, and the outbox state of its {@code EnrollmentSubmitted}.
 * A document created by a status event for an enrollment intake never accepted has only the view.
 *
 * @param id the enrollment id (UUID)
 * @param idempotencyKey the submitter's key; unique among all enrollments (sparse index)
 * @param fingerprint SHA-256 of the canonical application, to tell a repeat from a reused key
 * @param appliedEventIds every status event already applied, so a redelivered one is skipped
 * @param outbox the {@code EnrollmentSubmitted} to publish
 */
@Document("enrollments")
record EnrollmentDocument(
        @Id String id,
        String enrollmentType,
        String idempotencyKey,
        String fingerprint,
        String channel,
        String source,
        Instant receivedAt,
        ApplicationForm application,
        String market,
        String currency,
        List<StatusEntry> history,
        List<String> appliedEventIds,
        Outbox outbox) {

    EnrollmentDocument {
        history = history == null ? List.of() : history;
        appliedEventIds = appliedEventIds == null ? List.of() : appliedEventIds;
    }

    /**
     * The {@code EnrollmentSubmitted} of this enrollment, stored with it in the same insert. Its
     * event id is fixed at acceptance, so every attempt publishes the same event.
     *
     * @param dueAt when the relay may (next) try to publish it; while an attempt runs, the end of
     *        that attempt's lease
     */
    record Outbox(String eventId, Instant occurredAt, boolean published, int attempts, Instant dueAt,
            Instant publishedAt, String lastError) {
    }
}
