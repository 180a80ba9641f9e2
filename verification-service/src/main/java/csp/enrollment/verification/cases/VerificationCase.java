package csp.enrollment.verification.cases;

import csp.enrollment.messaging.EventIds;
import csp.enrollment.verification.market.CountryMarket;
import csp.enrollment.verification.profile.Check;
import csp.enrollment.verification.profile.Outcome;
import csp.enrollment.verification.profile.PartnerModel;
import csp.enrollment.verification.profile.Profile;
import csp.enrollment.verification.profile.ProfileStatus;
import csp.enrollment.verification.profile.ReasonCodes;
import csp.enrollment.verification.profile.Verdict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One enrollment's verification, stored as one document keyed by the enrollment id: the
 * input event ids applied, every check, the decision, the review and the output events
 * (so they can be published again, with the same ids, after a crash).
 *
 * @param appliedEventIds the EnrollmentSubmitted event ids applied; the first one decided
 * the case
 * @param market the company's CSP market, null when its country is in none
 * @param verdictEvent the event the verification emitted: ProfileVerified,
 * ProfileRejected or ReviewRequested
 * @param review the human review; null unless the verification asked for one
 * @param personalDataErasedAt when the partner's legal name and admin were erased on
 * request (docs/personal-data.md); null while they are kept
 */
public record VerificationCase(String id, List<String> appliedEventIds, String correlationId,
        PartnerModel enrollmentType, String mpnId, Partner partner, ProfileStatus status, Instant verifiedAt,
        List<Check> checks, String market, String currency, OutputEvent verdictEvent, Review review,
        Instant personalDataErasedAt) {

    public VerificationCase {
        appliedEventIds = appliedEventIds == null ? List.of() : List.copyOf(appliedEventIds);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /**
     * The case a verdict opens; its output event id is derived from the input event id.
     */
    public static VerificationCase open(Submission submission, Verdict verdict, Instant now) {
        Profile profile = submission.profile();
        OutputEvent event = switch (verdict.status()) {
            case VERIFIED ->
                output(submission, OutputType.PROFILE_VERIFIED, List.of(), reasons(verdict.warnings()), now);
            case REJECTED ->
                output(submission, OutputType.PROFILE_REJECTED, reasons(verdict.failures()), List.of(), now);
            case IN_REVIEW ->
                output(submission, OutputType.REVIEW_REQUESTED, reasons(verdict.reviewReasons()), List.of(), now);
        };
        return new VerificationCase(submission.enrollmentId(), List.of(submission.eventId()),
                submission.correlationId(), profile.model(), profile.mpnId(),
                new Partner(profile.legalName(), profile.companyCountryCode(), profile.admin()), verdict.status(), now,
                verdict.checks(), verdict.market().map(CountryMarket::market).orElse(null),
                verdict.market().map(CountryMarket::currency).orElse(null), event,
                verdict.status() == ProfileStatus.IN_REVIEW ? Review.pending(now) : null, null);
    }

    /**
     * The case once a reviewer decided. The event id is derived from the submission's
     * event id and the output type, so an enrollment has one ProfileVerified or
     * ProfileRejected, whichever path decided it.
     */
    public VerificationCase decide(ReviewDecision decision, String reason, String reviewer, Instant now) {
        if (review == null || !review.isPending()) {
            throw new IllegalStateException("Enrollment " + id + " has no pending review");
        }
        OutputType type = decision == ReviewDecision.APPROVE ? OutputType.PROFILE_VERIFIED
                : OutputType.PROFILE_REJECTED;
        List<Reason> reasons = decision == ReviewDecision.REJECT
                ? List.of(new Reason(ReasonCodes.REVIEW_REJECTED, reason, null)) : List.of();
        OutputEvent event = new OutputEvent(EventIds.derived(submittedEventId(), type.eventName()), type,
                verdictEvent.eventId(), now, reasons, decision == ReviewDecision.APPROVE ? warnings() : List.of(),
                reviewer, null);
        ProfileStatus decided = decision == ReviewDecision.APPROVE ? ProfileStatus.VERIFIED : ProfileStatus.REJECTED;
        return new VerificationCase(id, appliedEventIds, correlationId, enrollmentType, mpnId, partner, decided,
                verifiedAt, checks, market, currency, verdictEvent,
                review.decided(decision, reason, reviewer, now, event), personalDataErasedAt);
    }

    /** The event id that opened the case. */
    public String submittedEventId() {
        return appliedEventIds.get(0);
    }

    public boolean hasApplied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    /** The warnings found at verification time (they travel with an approval too). */
    public List<Reason> warnings() {
        return checks.stream().filter(check -> check.is(Outcome.WARNING)).map(Reason::of).toList();
    }

    /** Output events in the order they must reach the topics. */
    public List<OutputEvent> events() {
        List<OutputEvent> events = new ArrayList<>();
        events.add(verdictEvent);
        if (review != null && review.event() != null) {
            events.add(review.event());
        }
        return events;
    }

    /**
     * None once the personal data is erased: every output event carries the partner's
     * contact.
     */
    public List<OutputEvent> unpublishedEvents() {
        if (isErased()) {
            return List.of();
        }
        return events().stream().filter(event -> !event.isPublished()).toList();
    }

    public boolean isErased() {
        return personalDataErasedAt != null;
    }

    private static OutputEvent output(Submission submission, OutputType type, List<Reason> reasons,
            List<Reason> warnings, Instant now) {
        return new OutputEvent(EventIds.derived(submission.eventId(), type.eventName()), type, submission.eventId(),
                now, reasons, warnings, null, null);
    }

    private static List<Reason> reasons(List<Check> checks) {
        return checks.stream().map(Reason::of).toList();
    }
}
