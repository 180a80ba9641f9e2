package csp.enrollment.verification.cases;

import csp.enrollment.verification.profile.Check;
import csp.enrollment.verification.profile.PartnerModel;
import csp.enrollment.verification.profile.ProfileStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A case as {@code GET /api/verifications/{enrollmentId}} shows it: why the profile
 * stands where it does.
 *
 * @param legalName null once the personal data is erased ({@code personalDataErasedAt})
 */
record VerificationView(String enrollmentId, PartnerModel enrollmentType, String mpnId, String legalName,
        String countryCode, ProfileStatus status, String market, String currency, Instant verifiedAt,
        List<Check> checks, List<Reason> reasons, List<Reason> warnings, ReviewView review, List<EventView> events,
        Instant personalDataErasedAt) {

    static VerificationView of(VerificationCase verificationCase, Instant now, Duration overdueAfter) {
        Review review = verificationCase.review();
        List<Reason> reasons = verificationCase.events().get(verificationCase.events().size() - 1).reasons();
        return new VerificationView(verificationCase.id(), verificationCase.enrollmentType(), verificationCase.mpnId(),
                verificationCase.partner().legalName(), verificationCase.partner().countryCode(),
                verificationCase.status(), verificationCase.market(), verificationCase.currency(),
                verificationCase.verifiedAt(), verificationCase.checks(), reasons, verificationCase.warnings(),
                review == null ? null
                        : new ReviewView(review.status(), review.requestedAt(), review.isOverdue(now, overdueAfter),
                                review.decision(), review.reason(), review.reviewer(), review.decidedAt()),
                verificationCase.events().stream().map(EventView::of).toList(),
                verificationCase.personalDataErasedAt());
    }

    /**
     * @param overdue pending for longer than {@code verification.review.overdue-after}
     */
    record ReviewView(ReviewStatus status, Instant requestedAt, boolean overdue, ReviewDecision decision, String reason,
            String reviewer, Instant decidedAt) {
    }

    /**
     * @param published whether the broker acknowledged it
     */
    record EventView(OutputType type, String eventId, Instant occurredAt, boolean published) {

        static EventView of(OutputEvent event) {
            return new EventView(event.type(), event.eventId(), event.occurredAt(), event.isPublished());
        }
    }
}
