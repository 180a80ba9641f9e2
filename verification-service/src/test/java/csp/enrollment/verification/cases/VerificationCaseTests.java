package csp.enrollment.verification.cases;

import csp.enrollment.messaging.EventIds;
import csp.enrollment.verification.market.CountryMarket;
import csp.enrollment.verification.profile.Admin;
import csp.enrollment.verification.profile.Check;
import csp.enrollment.verification.profile.Outcome;
import csp.enrollment.verification.profile.PartnerModel;
import csp.enrollment.verification.profile.Profile;
import csp.enrollment.verification.profile.ProfileStatus;
import csp.enrollment.verification.profile.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class VerificationCaseTests {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private static final CountryMarket NETHERLANDS = new CountryMarket("NL", "Netherlands", "Europe", "EUR");

    private static final Check WARNING = new Check("SupportPlanTimingWarning", Outcome.WARNING,
            "SUPPORT_PLAN_BEFORE_CREDIT_CHECK", "bought early", "directBill.supportPlanPurchased");

    private static final Check UNKNOWN_MPN = new Check("MpnMembershipRule", Outcome.NEEDS_REVIEW,
            "MPN_NOT_IN_DIRECTORY", "unknown", "mpnId");

    private static final Check LOW_REVENUE = new Check("RevenueRequirement", Outcome.FAILED, "REVENUE_BELOW_MINIMUM",
            "too low", "directBill.cspCloudRevenueTtmUsd");

    private final Submission submission = new Submission("submitted-1", "enrollment-1", "correlation-1", NOW,
            new Profile(PartnerModel.DIRECT_BILL, "4412345", "Contoso Cloud B.V.", "NL", "NL",
                    new Admin("Sanne", "de Vries", "sanne@contoso.nl", "nl"), null,
                    "6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6f", null));

    @Test
    void opensAVerifiedCaseWithItsMarketAndWarnings() {
        VerificationCase opened = VerificationCase.open(submission,
                new Verdict(ProfileStatus.VERIFIED, List.of(WARNING), Optional.of(NETHERLANDS)), NOW);

        assertThat(opened.status()).isEqualTo(ProfileStatus.VERIFIED);
        assertThat(opened.market()).isEqualTo("Europe");
        assertThat(opened.currency()).isEqualTo("EUR");
        assertThat(opened.review()).isNull();
        assertThat(opened.verdictEvent().type()).isEqualTo(OutputType.PROFILE_VERIFIED);
        assertThat(opened.verdictEvent().warnings()).extracting(Reason::code)
            .containsExactly("SUPPORT_PLAN_BEFORE_CREDIT_CHECK");
        assertThat(opened.appliedEventIds()).containsExactly("submitted-1");
    }

    @Test
    void derivesTheOutputEventIdFromTheInputEventId() {
        VerificationCase opened = VerificationCase.open(submission,
                new Verdict(ProfileStatus.REJECTED, List.of(LOW_REVENUE), Optional.of(NETHERLANDS)), NOW);
        VerificationCase again = VerificationCase.open(submission,
                new Verdict(ProfileStatus.REJECTED, List.of(LOW_REVENUE), Optional.of(NETHERLANDS)),
                NOW.plusSeconds(5));

        assertThat(opened.verdictEvent().eventId()).isEqualTo(EventIds.derived("submitted-1", "ProfileRejected"))
            .isEqualTo(again.verdictEvent().eventId());
        assertThat(opened.verdictEvent().causationId()).isEqualTo("submitted-1");
        assertThat(opened.verdictEvent().reasons()).extracting(Reason::code).containsExactly("REVENUE_BELOW_MINIMUM");
    }

    @Test
    void opensAPendingReviewForAnUnknownMpnId() {
        VerificationCase opened = inReview();

        assertThat(opened.status()).isEqualTo(ProfileStatus.IN_REVIEW);
        assertThat(opened.review().isPending()).isTrue();
        assertThat(opened.verdictEvent().type()).isEqualTo(OutputType.REVIEW_REQUESTED);
        assertThat(opened.verdictEvent().reasons()).extracting(Reason::code).containsExactly("MPN_NOT_IN_DIRECTORY");
    }

    @Test
    void approvalVerifiesWithTheWarningsOfTheVerificationAndTheReviewer() {
        VerificationCase approved = inReview().decide(ReviewDecision.APPROVE, null, "ada", NOW.plusSeconds(60));

        assertThat(approved.status()).isEqualTo(ProfileStatus.VERIFIED);
        OutputEvent event = approved.review().event();
        assertThat(event.type()).isEqualTo(OutputType.PROFILE_VERIFIED);
        assertThat(event.eventId()).isEqualTo(EventIds.derived("submitted-1", "ProfileVerified"));
        assertThat(event.causationId()).isEqualTo(approved.verdictEvent().eventId());
        assertThat(event.warnings()).extracting(Reason::code).containsExactly("SUPPORT_PLAN_BEFORE_CREDIT_CHECK");
        assertThat(event.reviewedBy()).isEqualTo("ada");
        assertThat(approved.unpublishedEvents()).extracting(OutputEvent::type)
            .containsExactly(OutputType.REVIEW_REQUESTED, OutputType.PROFILE_VERIFIED);
    }

    @Test
    void rejectionCarriesTheReviewersReason() {
        VerificationCase rejected = inReview().decide(ReviewDecision.REJECT, "MPN ID belongs to another company", "ada",
                NOW);

        assertThat(rejected.status()).isEqualTo(ProfileStatus.REJECTED);
        assertThat(rejected.review().event().reasons())
            .containsExactly(new Reason("REVIEW_REJECTED", "MPN ID belongs to another company", null));
    }

    @Test
    void aDecisionIsFinal() {
        VerificationCase approved = inReview().decide(ReviewDecision.APPROVE, null, "ada", NOW);

        assertThatIllegalStateException().isThrownBy(() -> approved.decide(ReviewDecision.REJECT, "no", "bob", NOW));
    }

    @Test
    void aReviewIsOverdueOnlyAfterTheConfiguredWait() {
        Review review = inReview().review();

        assertThat(review.isOverdue(NOW.plus(Duration.ofDays(3)), Duration.ofDays(3))).isFalse();
        assertThat(review.isOverdue(NOW.plus(Duration.ofDays(3)).plusMillis(1), Duration.ofDays(3))).isTrue();
    }

    private VerificationCase inReview() {
        return VerificationCase.open(submission,
                new Verdict(ProfileStatus.IN_REVIEW, List.of(UNKNOWN_MPN, WARNING), Optional.of(NETHERLANDS)), NOW);
    }

}
