package csp.enrollment.notification.progress;

import csp.enrollment.notification.notice.EnrollmentKind;
import csp.enrollment.notification.notice.MissingStep;
import csp.enrollment.notification.notice.Notice;
import csp.enrollment.notification.notice.Recipient;
import csp.enrollment.notification.notice.Template;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the service knows of an enrollment once it is the partner's turn (contract.md §8):
 * whom to remind (copied from the event that started the wait, as the reminder has no
 * event of its own), when, and which steps are done. Written by single-document upserts
 * keyed by the enrollment id, in whatever order the events arrive.
 *
 * @param id the enrollment id
 * @param waitingSince when {@code VERIFIED} (indirect reseller) or
 * {@code CREDIT_CHECK_PASSED} was reached
 * @param reminderDueAt when the reminder is due; its durable timer holds the same time
 * @param agreementAcceptedAt when the partner accepted its agreement; null while missing
 * @param supportPlanRecordedAt when a direct bill partner recorded its support plan; null
 * while missing
 * @param completedAt when the enrollment became {@code ENROLLED}; null while not
 * @param transitionedAt when the enrollment moved to the indirect reseller model; null
 * while not
 * @param personalDataErasedAt when the contact (names, address, company) was erased on
 * request
 * @param appliedEvents the ids of the events written into this document
 */
record WaitingEnrollment(String id, EnrollmentKind enrollmentType, String firstName, String lastName, String address,
        String preferredLanguage, String companyName, String countryCode, String mpnId, String market, String currency,
        Instant waitingSince, Instant reminderDueAt, Instant agreementAcceptedAt, Instant supportPlanRecordedAt,
        Instant completedAt, Instant transitionedAt, Instant personalDataErasedAt, List<String> appliedEvents) {

    /** What is still missing; empty once every step is done. */
    List<MissingStep> missing() {
        return MissingStep.stillMissing(enrollmentType, agreementAcceptedAt != null, supportPlanRecordedAt != null);
    }

    /**
     * The reminder owed now, if any: none once the enrollment completed (or every step is
     * done and the completion is on its way), moved to the indirect reseller model, or
     * lost its personal data.
     */
    Optional<Notice> reminder() {
        if (completedAt != null || transitionedAt != null || personalDataErasedAt != null || enrollmentType == null
                || address == null) {
            return Optional.empty();
        }
        List<MissingStep> missing = missing();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Notice(id, id, reminderDueAt, Template.ENROLLMENT_REMINDER,
                new Recipient(firstName, lastName, address, preferredLanguage), companyName, countryCode,
                enrollmentType, mpnId, market, currency, List.of(), missing, null));
    }
}
