package csp.enrollment.intake.enrollment;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import csp.enrollment.intake.application.ApplicationForm;
import csp.enrollment.intake.completion.RecordedAgreement;
import csp.enrollment.intake.completion.RecordedSupportPlan;
import csp.enrollment.intake.completion.Transition;
import csp.enrollment.intake.status.StatusEntry;

/**
 * One enrollment in intake's database: the application as accepted (without its bank
 * details, which are in {@code bank}, sealed), its status history, the outbox state of
 * its {@code EnrollmentSubmitted}, and, once its personal data was erased, that erasure
 * and the outbox state of its {@code PersonalDataErased}. A document created by a status
 * event for an enrollment intake never accepted has only the view.
 *
 * @param id the enrollment id (UUID)
 * @param idempotencyKey the submitter's key; unique among all enrollments (sparse index)
 * @param fingerprint SHA-256 of the canonical application, to tell a repeat from a reused
 * key
 * @param adminEmailKey the admin's work e-mail address lower-cased, what
 * {@code GET /api/enrollments?adminEmail=} compares; personal data, erased with the
 * address. Null on documents stored before the search existed
 * @param appliedEventIds every status event already applied, so a redelivered one is
 * skipped
 * @param outbox the {@code EnrollmentSubmitted} to publish
 * @param bank the bank details, the account encrypted; null once erased
 * @param erasure null while the personal data is stored
 * @param agreement the agreement the partner accepted (contract §8); null until then
 * @param supportPlan the support plan a direct bill partner recorded; null until then
 * @param transition set once a direct bill enrollment moved to the indirect reseller
 * model (§9)
 * @param transitionedFrom the direct bill enrollment this one continues; null for an
 * application
 * @param partnerEvents the events of the partner's commands, each stored with the change
 * it announces (the outbox of {@code publish-partner-events}); out once its id is in
 * {@code publishedPartnerEventIds}
 */
@Document("enrollments")
record EnrollmentDocument(@Id String id, String enrollmentType, String idempotencyKey, String fingerprint,
        String channel, String source, Instant receivedAt, ApplicationForm application, String adminEmailKey,
        String market, String currency, List<StatusEntry> history, List<String> appliedEventIds, Outbox outbox,
        StoredBank bank, Erasure erasure, RecordedAgreement agreement, RecordedSupportPlan supportPlan,
        Transition transition, String transitionedFrom, List<PartnerEvent> partnerEvents,
        List<String> publishedPartnerEventIds) {

    EnrollmentDocument {
        history = history == null ? List.of() : history;
        appliedEventIds = appliedEventIds == null ? List.of() : appliedEventIds;
        partnerEvents = partnerEvents == null ? List.of() : partnerEvents;
        publishedPartnerEventIds = publishedPartnerEventIds == null ? List.of() : publishedPartnerEventIds;
    }

    /**
     * The form {@code adminEmailKey} holds of an address: lower-cased (the
     * locale-independent way), so the search finds an address whatever case the submitter
     * or the operator wrote it in.
     */
    static String adminEmailKeyOf(ApplicationForm application) {
        return application.admin() == null || application.admin().workEmail() == null ? null
                : application.admin().workEmail().toLowerCase(Locale.ROOT);
    }

    /**
     * The partner events stored and not yet acknowledged by the broker, in the order they
     * were stored.
     */
    List<PartnerEvent> unpublishedPartnerEvents() {
        return partnerEvents.stream().filter(event -> !publishedPartnerEventIds.contains(event.eventId())).toList();
    }

    /**
     * The {@code EnrollmentSubmitted} of this enrollment, stored with it in the same
     * insert. Its event id is fixed at acceptance, so every attempt publishes the same
     * event. Attempts, back-off and lease live in the enrollment's
     * {@code publish-submitted} ticket (work-support) while it is not published.
     */
    record Outbox(String eventId, Instant occurredAt, boolean published, Instant publishedAt) {
    }

    /**
     * The erasure of this enrollment's personal data and its {@code PersonalDataErased},
     * published like {@link Outbox} by a {@code publish-personal-data-erased} ticket.
     *
     * @param requestedBy the subject of the token that asked for it
     */
    record Erasure(String eventId, Instant erasedAt, String requestedBy, boolean published, Instant publishedAt) {
    }
}
