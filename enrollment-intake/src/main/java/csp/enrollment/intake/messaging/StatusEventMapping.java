package csp.enrollment.intake.messaging;

import java.time.Instant;
import java.util.List;

import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Reason;
import csp.enrollment.events.ReviewRequested;
import csp.enrollment.intake.status.EnrollmentStatus;
import csp.enrollment.intake.status.StatusChange;
import csp.enrollment.intake.status.StatusEntry;
import csp.enrollment.intake.status.StatusReason;

/** What each status event says about an enrollment's status. */
final class StatusEventMapping {

    /** Only direct bill partners have a credit check. */
    private static final String DIRECT_BILL = csp.enrollment.events.EnrollmentType.DIRECT_BILL.name();

    private StatusEventMapping() {
    }

    static StatusChange of(ReviewRequested event) {
        return change(event.getMetadata(), event.getEnrollmentType().name(), EnrollmentStatus.IN_REVIEW,
                event.getReasons());
    }

    /**
     * Warnings (e.g. SUPPORT_PLAN_BEFORE_CREDIT_CHECK) are shown as the reasons of
     * VERIFIED.
     */
    static StatusChange of(ProfileVerified event) {
        EventMetadata metadata = event.getMetadata();
        return new StatusChange(metadata.getEventId(), metadata.getEnrollmentId(), event.getEnrollmentType().name(),
                entry(EnrollmentStatus.VERIFIED, metadata.getOccurredAt(), event.getWarnings()), event.getMarket(),
                event.getCurrency());
    }

    static StatusChange of(ProfileRejected event) {
        return change(event.getMetadata(), event.getEnrollmentType().name(), EnrollmentStatus.REJECTED,
                event.getReasons());
    }

    static StatusChange of(CreditCheckPassed event) {
        return change(event.getMetadata(), DIRECT_BILL, EnrollmentStatus.CREDIT_CHECK_PASSED, List.of());
    }

    static StatusChange of(CreditCheckFailed event) {
        return change(event.getMetadata(), DIRECT_BILL, EnrollmentStatus.CREDIT_CHECK_FAILED, event.getReasons());
    }

    private static StatusChange change(EventMetadata metadata, String enrollmentType, EnrollmentStatus status,
            List<Reason> reasons) {
        return new StatusChange(metadata.getEventId(), metadata.getEnrollmentId(), enrollmentType,
                entry(status, metadata.getOccurredAt(), reasons), null, null);
    }

    private static StatusEntry entry(EnrollmentStatus status, Instant at, List<Reason> reasons) {
        return new StatusEntry(status, at,
                reasons.stream().map(reason -> new StatusReason(reason.getCode(), reason.getMessage())).toList());
    }

}
