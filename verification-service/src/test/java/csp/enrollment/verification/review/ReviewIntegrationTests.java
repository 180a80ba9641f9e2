package csp.enrollment.verification.review;

import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Reason;
import csp.enrollment.events.ReviewRequested;
import csp.enrollment.events.Topics;
import csp.enrollment.messaging.EventIds;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.verification.cases.ReviewDecision;
import csp.enrollment.verification.cases.Submission;
import csp.enrollment.verification.cases.VerificationCase;
import csp.enrollment.verification.cases.Verifications;
import csp.enrollment.verification.market.CountryMarket;
import csp.enrollment.verification.profile.Admin;
import csp.enrollment.verification.profile.Check;
import csp.enrollment.verification.profile.Outcome;
import csp.enrollment.verification.profile.PartnerModel;
import csp.enrollment.verification.profile.Profile;
import csp.enrollment.verification.profile.ProfileStatus;
import csp.enrollment.verification.profile.Verdict;
import csp.enrollment.verification.support.BearerTokens;
import csp.enrollment.verification.support.SubmittedEvents;
import csp.enrollment.verification.support.TopicContents;
import csp.enrollment.verification.support.VerificationIntegrationTest;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An MPN ID missing from the directory goes to a person, who approves or rejects it once.
 */
@VerificationIntegrationTest
class ReviewIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Verifications verifications;

    @Test
    void sendsAnMpnIdUnknownToTheDirectoryToReviewAndListsItAsPending() {
        String enrollmentId = submitWithUnknownMpnId();

        ReviewRequested requested = (ReviewRequested) awaitOne(Topics.REVIEW_REQUESTED, enrollmentId);
        assertThat(requested.getReasons()).extracting(Reason::getCode).containsExactly("MPN_NOT_IN_DIRECTORY");
        assertThat(mvc.get().uri("/api/reviews?status=PENDING&limit=500")).hasStatusOk()
            .bodyJson()
            .extractingPath("$[?(@.enrollmentId == '" + enrollmentId + "')].overdue")
            .asArray()
            .containsExactly(false);
        assertThat(mvc.get().uri("/api/verifications/{id}", enrollmentId)).hasStatusOk()
            .bodyJson()
            .extractingPath("$.status")
            .isEqualTo("IN_REVIEW");
    }

    @Test
    void approvalVerifiesTheProfileWithItsMarketWarningsAndTheTokensSubjectAsReviewer() {
        String enrollmentId = submitWithUnknownMpnId();
        ReviewRequested requested = (ReviewRequested) awaitOne(Topics.REVIEW_REQUESTED, enrollmentId);

        // the body's reviewer is not who decided: the token's subject is
        assertThat(decide(enrollmentId, "ada@microsoft.example",
                "{\"decision\": \"APPROVE\", \"reason\": \"MPN ID confirmed by phone\", \"reviewer\": \"mallory\"}"))
            .hasStatusOk()
            .bodyJson()
            .satisfies(json -> {
                assertThat(json).extractingPath("$.decision").isEqualTo("APPROVE");
                assertThat(json).extractingPath("$.status").isEqualTo("DECIDED");
                assertThat(json).extractingPath("$.profileStatus").isEqualTo("VERIFIED");
                assertThat(json).extractingPath("$.reviewer").isEqualTo("ada@microsoft.example");
            });

        ProfileVerified verified = (ProfileVerified) awaitOne(Topics.PROFILE_VERIFIED, enrollmentId);
        assertThat(verified.getMarket()).isEqualTo("Europe");
        assertThat(verified.getCurrency()).isEqualTo("EUR");
        assertThat(verified.getReviewedBy()).isEqualTo("ada@microsoft.example");
        assertThat(verified.getWarnings()).extracting(Reason::getCode)
            .containsExactly("SUPPORT_PLAN_BEFORE_CREDIT_CHECK");
        assertThat(verified.getMetadata().getCausationId()).isEqualTo(requested.getMetadata().getEventId());
        assertThat(verifications.find(enrollmentId)).hasValueSatisfying(found -> {
            assertThat(found.status()).isEqualTo(ProfileStatus.VERIFIED);
            assertThat(found.review().event().eventId())
                .isEqualTo(EventIds.derived(found.submittedEventId(), "ProfileVerified"));
            assertThat(found.review().event().isPublished()).isTrue();
        });
    }

    @Test
    void rejectionRejectsTheProfileWithTheReviewersReason() {
        String enrollmentId = submitWithUnknownMpnId();
        awaitOne(Topics.REVIEW_REQUESTED, enrollmentId);

        assertThat(decide(enrollmentId,
                "{\"decision\": \"REJECT\", \"reason\": \"The MPN ID belongs to another company\"}"))
            .hasStatusOk()
            .bodyJson()
            .extractingPath("$.profileStatus")
            .isEqualTo("REJECTED");

        ProfileRejected rejected = (ProfileRejected) awaitOne(Topics.PROFILE_REJECTED, enrollmentId);
        assertThat(rejected.getReasons()).singleElement().satisfies(reason -> {
            assertThat(reason.getCode()).isEqualTo("REVIEW_REJECTED");
            assertThat(reason.getMessage()).isEqualTo("The MPN ID belongs to another company");
        });
        assertThat(rejected.getReviewedBy()).isEqualTo(BearerTokens.SUBJECT);
    }

    @Test
    void aSecondDecisionIsAConflictAndChangesNothing() {
        String enrollmentId = submitWithUnknownMpnId();
        awaitOne(Topics.REVIEW_REQUESTED, enrollmentId);
        assertThat(decide(enrollmentId, "ada", "{\"decision\": \"APPROVE\"}")).hasStatusOk();

        assertThat(decide(enrollmentId, "bob", "{\"decision\": \"REJECT\", \"reason\": \"changed my mind\"}"))
            .hasStatus(HttpStatus.CONFLICT)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(verifications.find(enrollmentId)).hasValueSatisfying(found -> {
            assertThat(found.status()).isEqualTo(ProfileStatus.VERIFIED);
            assertThat(found.review().reviewer()).isEqualTo("ada");
        });
        await().atMost(TIMEOUT)
            .untilAsserted(() -> assertThat(TopicContents.events(Topics.PROFILE_VERIFIED, enrollmentId)).hasSize(1));
        assertThat(TopicContents.events(Topics.PROFILE_REJECTED, enrollmentId)).isEmpty();
    }

    @Test
    void aDecisionOnAnUnknownEnrollmentIsNotFound() {
        assertThat(decide(UUID.randomUUID().toString(), "{\"decision\": \"APPROVE\"}")).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aDecisionOnACaseDecidedWithoutReviewIsAConflict() {
        VerificationCase verified = VerificationCase.open(submission(), verdict(ProfileStatus.VERIFIED),
                VerificationIntegrationTest.NOW);
        assertThat(verifications.insert(verified)).isTrue();

        assertThat(decide(verified.id(), "{\"decision\": \"REJECT\", \"reason\": \"no\"}"))
            .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void anInvalidDecisionListsEveryProblem() {
        assertThat(decide(UUID.randomUUID().toString(),
                "{\"decision\": \"MAYBE\", \"reason\": \"" + "x".repeat(2001) + "\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson()
            .extractingPath("$.errors[*].field")
            .asArray()
            .containsExactly("decision", "reason");
        assertThat(decide(UUID.randomUUID().toString(), "{\"decision\": \"REJECT\"}")).hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson()
            .extractingPath("$.errors[0].field")
            .isEqualTo("reason");
    }

    @Test
    void listsReviewsWaitingLongerThanThreeDaysAsOverdue() {
        Instant now = VerificationIntegrationTest.NOW;
        VerificationCase late = inReviewSince(now.minus(Duration.ofDays(3)).minusSeconds(1));
        VerificationCase recent = inReviewSince(now.minus(Duration.ofDays(3)).plusSeconds(1));

        assertThat(mvc.get().uri("/api/reviews?status=OVERDUE&limit=500")).hasStatusOk()
            .bodyJson()
            .extractingPath("$[*].enrollmentId")
            .asArray()
            .contains(late.id())
            .doesNotContain(recent.id());
        assertThat(mvc.get().uri("/api/reviews?status=PENDING&limit=500")).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$[?(@.enrollmentId == '" + late.id() + "')].overdue")
                .asArray()
                .containsExactly(true);
            assertThat(json).extractingPath("$[?(@.enrollmentId == '" + recent.id() + "')].overdue")
                .asArray()
                .containsExactly(false);
        });
        assertThat(mvc.get().uri("/api/verifications/{id}", late.id())).bodyJson()
            .extractingPath("$.review.overdue")
            .isEqualTo(true);
    }

    @Test
    void rejectsAnUnknownListingStatus() {
        assertThat(mvc.get().uri("/api/reviews?status=SOMEDAY")).hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson()
            .extractingPath("$.errors[0].field")
            .isEqualTo("status");
    }

    private String submitWithUnknownMpnId() {
        EnrollmentSubmitted submitted = SubmittedEvents.directBill(SubmittedEvents.newMpnId()).build();
        submitted.getDirectBill().setSupportPlanPurchased(true);
        String enrollmentId = submitted.getMetadata().getEnrollmentId();
        TestKafka.publish(Topics.SUBMITTED, enrollmentId, submitted);
        return enrollmentId;
    }

    private VerificationCase inReviewSince(Instant requestedAt) {
        VerificationCase inReview = VerificationCase.open(submission(), verdict(ProfileStatus.IN_REVIEW), requestedAt);
        assertThat(verifications.insert(inReview)).isTrue();
        return inReview;
    }

    private static Submission submission() {
        String enrollmentId = UUID.randomUUID().toString();
        return new Submission(UUID.randomUUID().toString(), enrollmentId, enrollmentId, VerificationIntegrationTest.NOW,
                new Profile(PartnerModel.INDIRECT_RESELLER, SubmittedEvents.newMpnId(), "Fabrikam B.V.", "NL", "NL",
                        new Admin("Joris", "Bakker", "joris@fabrikam.nl", "nl"), null, UUID.randomUUID().toString(),
                        null));
    }

    private static Verdict verdict(ProfileStatus status) {
        List<Check> checks = status == ProfileStatus.IN_REVIEW ? List
            .of(new Check("MpnMembershipRule", Outcome.NEEDS_REVIEW, "MPN_NOT_IN_DIRECTORY", "unknown", "mpnId"))
                : List.of(new Check("MpnMembershipRule", Outcome.PASSED, null, "active", null));
        return new Verdict(status, checks, Optional.of(new CountryMarket("NL", "Netherlands", "Europe", "EUR")));
    }

    private MvcTestResult decide(String enrollmentId, String body) {
        return decide(enrollmentId, BearerTokens.SUBJECT, body);
    }

    /** Decides as {@code reviewer}: the subject of the token sent. */
    private MvcTestResult decide(String enrollmentId, String reviewer, String body) {
        return mvc.post()
            .uri("/api/reviews/{id}/decision", enrollmentId)
            .header("Authorization", BearerTokens.as(reviewer, "reviews.write"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .exchange();
    }

    private SpecificRecord awaitOne(String topic, String enrollmentId) {
        List<SpecificRecord> events = new ArrayList<>();
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            events.clear();
            events.addAll(TopicContents.events(topic, enrollmentId));
            assertThat(events).hasSize(1);
        });
        return events.get(0);
    }

}
