package csp.enrollment.verification.cases;

import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.ReviewRequested;
import csp.enrollment.events.Topics;
import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.verification.market.CountryMarket;
import csp.enrollment.verification.profile.Admin;
import csp.enrollment.verification.profile.Check;
import csp.enrollment.verification.profile.Outcome;
import csp.enrollment.verification.profile.PartnerModel;
import csp.enrollment.verification.profile.Profile;
import csp.enrollment.verification.profile.ProfileStatus;
import csp.enrollment.verification.profile.Verdict;
import csp.enrollment.testinfra.security.TrustTestIdentityProvider;
import csp.enrollment.verification.support.BearerTokens;
import csp.enrollment.verification.support.FlakyCaseEvents;
import csp.enrollment.verification.support.SubmittedEvents;
import csp.enrollment.verification.support.TopicContents;
import csp.enrollment.work.WorkQueue;
import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An outcome is never lost and never published under a second id, whatever the broker or
 * the instance does: what the first attempt could not publish, the sweep does. This
 * context sweeps every 200 ms with a 2 s lease, runs on the system clock (retries must
 * come due) and consumes nothing, so the shared test context keeps the topics;
 * submissions are handed to {@link VerificationManagement} as its listener would.
 */
@PipelineInfrastructure
@TrustTestIdentityProvider
@SpringBootTest(properties = { "spring.config.name=verification-service", "spring.kafka.listener.auto-startup=false",
        "pipeline.work.sweep-interval=200ms", "pipeline.work.lease=2s", "pipeline.work.backoff.initial=200ms",
        "pipeline.work.backoff.max=1s" })
@AutoConfigureMockMvc
@Import(FlakyCaseEvents.Configuration.class)
class OutcomeRecoveryIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    VerificationManagement management;

    @Autowired
    Verifications verifications;

    @Autowired
    FlakyCaseEvents events;

    @Autowired
    WorkQueue work;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MockMvcTester mvc;

    @AfterEach
    void stopRefusing() {
        events.refuse(0, event -> false);
    }

    @Test
    void anOutcomeTheBrokerRefusedIsPublishedOnceItTakesItAgain() {
        Submission submission = submission();
        events.refuse(2, event -> event.verificationCase().id().equals(submission.enrollmentId()));

        VerificationCase verified = management.verify(submission).orElseThrow();

        assertThat(verified.status()).isEqualTo(ProfileStatus.IN_REVIEW);
        ReviewRequested requested = (ReviewRequested) awaitOne(Topics.REVIEW_REQUESTED, verified.id());
        assertThat(requested.getMetadata().getEventId()).isEqualTo(verified.verdictEvent().eventId());
        assertThat(events.refused()).isEqualTo(2);
        awaitAllPublishedAndNoTicket(verified.id());
    }

    @Test
    void aDecisionTheBrokerRefusedStandsAndIsPublishedLater() {
        VerificationCase inReview = management.verify(submission()).orElseThrow();
        awaitAllPublishedAndNoTicket(inReview.id());
        events.refuse(1, event -> event.event().type() == OutputType.PROFILE_VERIFIED);

        assertThat(mvc.post()
            .uri("/api/reviews/{id}/decision", inReview.id())
            .contentType(MediaType.APPLICATION_JSON)
            .header("Authorization", BearerTokens.as("ada", "reviews.write"))
            .content("{\"decision\":\"APPROVE\",\"reason\":\"Checked the partner's documents\"}"))
            .hasStatus(HttpStatus.OK);

        ProfileVerified verified = (ProfileVerified) awaitOne(Topics.PROFILE_VERIFIED, inReview.id());
        assertThat(verified.getReviewedBy()).isEqualTo("ada");
        assertThat(events.refused()).isEqualTo(1);
        awaitAllPublishedAndNoTicket(inReview.id());
        assertThat(TopicContents.events(Topics.REVIEW_REQUESTED, inReview.id())).hasSize(1);
    }

    /**
     * What an instance leaves when it dies between storing a decision and starting its
     * publication.
     */
    @Test
    void publishesWhatACrashedInstanceStoredButNeverStarted() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        VerificationCase decided = VerificationCase.open(submission(), inReviewVerdict(), now)
            .decide(ReviewDecision.APPROVE, null, "ada", now);
        work.reserve(OutcomePublishing.KIND, List.of(decided.id()));
        assertThat(verifications.insert(decided)).isTrue();

        ProfileVerified verified = (ProfileVerified) awaitOne(Topics.PROFILE_VERIFIED, decided.id());

        assertThat(verified.getMetadata().getEventId()).isEqualTo(decided.review().event().eventId());
        assertThat(TopicContents.events(Topics.REVIEW_REQUESTED, decided.id())).singleElement()
            .satisfies(event -> assertThat(((ReviewRequested) event).getMetadata().getEventId())
                .isEqualTo(decided.verdictEvent().eventId()));
        awaitAllPublishedAndNoTicket(decided.id());
    }

    private void awaitAllPublishedAndNoTicket(String enrollmentId) {
        await().atMost(TIMEOUT)
            .until(() -> verifications.find(enrollmentId).orElseThrow().unpublishedEvents().isEmpty() && mongo
                .findById(OutcomePublishing.KIND_NAME + ":" + enrollmentId, Document.class, "pendingWork") == null);
    }

    /**
     * An indirect reseller whose MPN ID the directory does not know: the rules send it to
     * review.
     */
    private static Submission submission() {
        String enrollmentId = UUID.randomUUID().toString();
        return new Submission(UUID.randomUUID().toString(), enrollmentId, enrollmentId, Instant.now(),
                new Profile(PartnerModel.INDIRECT_RESELLER, SubmittedEvents.newMpnId(), "Fabrikam B.V.", "NL", "NL",
                        new Admin("Joris", "Bakker", "joris@fabrikam.nl", "nl"), null, UUID.randomUUID().toString(),
                        null));
    }

    private static Verdict inReviewVerdict() {
        return new Verdict(
                ProfileStatus.IN_REVIEW, List.of(new Check("MpnMembershipRule", Outcome.NEEDS_REVIEW,
                        "MPN_NOT_IN_DIRECTORY", "unknown", "mpnId")),
                Optional.of(new CountryMarket("NL", "Netherlands", "Europe", "EUR")));
    }

    private static SpecificRecord awaitOne(String topic, String enrollmentId) {
        return await().atMost(TIMEOUT)
            .pollInterval(Duration.ofMillis(500))
            .until(() -> TopicContents.events(topic, enrollmentId), events -> events.size() == 1)
            .get(0);
    }

}
