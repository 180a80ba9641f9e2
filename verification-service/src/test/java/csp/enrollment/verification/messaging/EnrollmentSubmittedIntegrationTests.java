package csp.enrollment.verification.messaging;

import csp.enrollment.events.Address;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Reason;
import csp.enrollment.events.Topics;
import csp.enrollment.messaging.EventIds;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.verification.cases.VerificationCase;
import csp.enrollment.verification.cases.Verifications;
import csp.enrollment.verification.profile.Check;
import csp.enrollment.verification.profile.Outcome;
import csp.enrollment.verification.profile.Verdict;
import csp.enrollment.verification.profile.ProfileStatus;
import csp.enrollment.verification.support.SubmittedEvents;
import csp.enrollment.verification.support.TopicContents;
import csp.enrollment.verification.support.VerificationIntegrationTest;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * EnrollmentSubmitted in, ProfileVerified or ProfileRejected out, on the real broker and
 * database.
 */
@VerificationIntegrationTest
class EnrollmentSubmittedIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Verifications verifications;

    @Test
    void verifiesADirectBillPartnerWithTheMarketAndCurrencyOfItsCountry() {
        String mpnId = activeMember("NL");
        EnrollmentSubmitted submitted = SubmittedEvents.directBill(mpnId).build();
        String enrollmentId = submitted.getMetadata().getEnrollmentId();

        TestKafka.publish(Topics.SUBMITTED, enrollmentId, submitted);

        ProfileVerified verified = (ProfileVerified) awaitOne(Topics.PROFILE_VERIFIED, enrollmentId);
        assertThat(verified.getMarket()).isEqualTo("Europe");
        assertThat(verified.getCurrency()).isEqualTo("EUR");
        assertThat(verified.getWarnings()).isEmpty();
        assertThat(verified.getReviewedBy()).isNull();
        assertThat(verified.getPartner().getLegalName()).isEqualTo("Contoso Cloud B.V.");
        assertThat(verified.getPartner().getCountryCode()).isEqualTo("NL");
        assertThat(verified.getPartner().getAdmin().getWorkEmail()).isEqualTo("sanne.devries@contoso.nl");
        assertThat(verified.getMetadata().getEventId())
            .isEqualTo(EventIds.derived(submitted.getMetadata().getEventId(), "ProfileVerified"));
        assertThat(verified.getMetadata().getCausationId()).isEqualTo(submitted.getMetadata().getEventId());
        assertThat(verified.getMetadata().getCorrelationId()).isEqualTo(submitted.getMetadata().getCorrelationId());
        assertThat(verified.getMetadata().getProducer()).isEqualTo("verification-service");

        assertThat(mvc.get().uri("/api/verifications/{id}", enrollmentId)).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.status").isEqualTo("VERIFIED");
            assertThat(json).extractingPath("$.market").isEqualTo("Europe");
            assertThat(json).extractingPath("$.currency").isEqualTo("EUR");
            assertThat(json).extractingPath("$.checks.length()").isEqualTo(12);
            assertThat(json).extractingPath("$.events[0].published").isEqualTo(true);
        });
    }

    @Test
    void verifiesWithWarningsAndTheCountrysOwnCurrency() {
        String mpnId = activeMember("DK");
        EnrollmentSubmitted submitted = SubmittedEvents.directBill(mpnId).build();
        submitted.getCompany()
            .setAddress(Address.newBuilder(submitted.getCompany().getAddress()).setCountryCode("DK").build());
        submitted.getBank().setIbanCountryCode("DK");
        submitted.getDirectBill().setSupportPlanPurchased(true);
        submitted.getDirectBill().setManagedServices(List.of());
        String enrollmentId = submitted.getMetadata().getEnrollmentId();

        TestKafka.publish(Topics.SUBMITTED, enrollmentId, submitted);

        ProfileVerified verified = (ProfileVerified) awaitOne(Topics.PROFILE_VERIFIED, enrollmentId);
        assertThat(verified.getCurrency()).isEqualTo("DKK");
        assertThat(verified.getWarnings()).extracting(Reason::getCode)
            .containsExactly("SUPPORT_PLAN_BEFORE_CREDIT_CHECK", "MANAGED_SERVICE_RECOMMENDED");
    }

    @Test
    void rejectsWithEveryFailedRuleAtOnce() {
        String mpnId = activeMember("BE");
        EnrollmentSubmitted submitted = SubmittedEvents.directBill(mpnId).build();
        submitted.getAdmin().setWorkEmail("sanne@gmail.com");
        submitted.getBank().setIbanCountryCode("US");
        submitted.getDirectBill().setCspCloudRevenueTtmUsd(SubmittedEvents.usd("299999.99"));
        submitted.getDirectBill().setHasSigningAuthority(false);
        String enrollmentId = submitted.getMetadata().getEnrollmentId();

        TestKafka.publish(Topics.SUBMITTED, enrollmentId, submitted);

        ProfileRejected rejected = (ProfileRejected) awaitOne(Topics.PROFILE_REJECTED, enrollmentId);
        assertThat(rejected.getReasons()).extracting(Reason::getCode)
            .containsExactly("MPN_LOCATION_MISMATCH", "WORK_EMAIL_REQUIRED", "BANK_COUNTRY_MISMATCH",
                    "REVENUE_BELOW_MINIMUM", "SIGNING_AUTHORITY_REQUIRED");
        assertThat(rejected.getReasons()).allSatisfy(reason -> assertThat(reason.getMessage()).isNotBlank());
        assertThat(rejected.getReviewedBy()).isNull();
        assertThat(verifications.find(enrollmentId))
            .hasValueSatisfying(found -> assertThat(found.status()).isEqualTo(ProfileStatus.REJECTED));
    }

    @Test
    void rejectsACompanyInNoCspMarket() {
        String mpnId = activeMember("CN");
        EnrollmentSubmitted submitted = SubmittedEvents.indirectReseller(mpnId).build();
        submitted.getCompany()
            .setAddress(Address.newBuilder(submitted.getCompany().getAddress()).setCountryCode("CN").build());
        submitted.getBank().setIbanCountryCode(null);
        String enrollmentId = submitted.getMetadata().getEnrollmentId();

        TestKafka.publish(Topics.SUBMITTED, enrollmentId, submitted);

        ProfileRejected rejected = (ProfileRejected) awaitOne(Topics.PROFILE_REJECTED, enrollmentId);
        assertThat(rejected.getReasons()).extracting(Reason::getCode).containsExactly("MARKET_NOT_SUPPORTED");
    }

    @Test
    void rejectsAnInactiveMpnId() {
        String mpnId = member("INACTIVE", "NL");
        EnrollmentSubmitted submitted = SubmittedEvents.indirectReseller(mpnId).build();
        String enrollmentId = submitted.getMetadata().getEnrollmentId();

        TestKafka.publish(Topics.SUBMITTED, enrollmentId, submitted);

        ProfileRejected rejected = (ProfileRejected) awaitOne(Topics.PROFILE_REJECTED, enrollmentId);
        assertThat(rejected.getReasons()).extracting(Reason::getCode).containsExactly("MPN_NOT_ACTIVE");
    }

    @Test
    void aDuplicateDeliveryMakesOneDecisionAndOneOutputEvent() {
        String mpnId = activeMember("NL");
        EnrollmentSubmitted submitted = SubmittedEvents.directBill(mpnId).build();
        String enrollmentId = submitted.getMetadata().getEnrollmentId();

        TestKafka.publish(Topics.SUBMITTED, enrollmentId, submitted);
        RecordMetadata second = TestKafka.publish(Topics.SUBMITTED, enrollmentId, submitted);

        TopicPartition partition = new TopicPartition(second.topic(), second.partition());
        await().atMost(TIMEOUT)
            .untilAsserted(() -> assertThat(TestKafka.committedOffset("verification-service", partition))
                .isGreaterThan(second.offset()));
        assertThat(outputEvents(enrollmentId)).hasSize(1).first().isInstanceOf(ProfileVerified.class);
        assertThat(verifications.find(enrollmentId)).hasValueSatisfying(found -> {
            assertThat(found.appliedEventIds()).containsExactly(submitted.getMetadata().getEventId());
            assertThat(found.status()).isEqualTo(ProfileStatus.VERIFIED);
        });
    }

    @Test
    void aRedeliveryAfterACrashPublishesTheStoredOutcomeWithTheSameIdInsteadOfVerifyingAgain() {
        String mpnId = activeMember("NL");
        EnrollmentSubmitted submitted = SubmittedEvents.directBill(mpnId).build();
        String enrollmentId = submitted.getMetadata().getEnrollmentId();
        // As if the service stored its decision and crashed before publishing: the stored
        // case says REJECTED.
        Check lowRevenue = new Check("RevenueRequirement", Outcome.FAILED, "REVENUE_BELOW_MINIMUM",
                "stored before the crash", null);
        VerificationCase stored = VerificationCase.open(Submissions.from(submitted),
                new Verdict(ProfileStatus.REJECTED, List.of(lowRevenue), Optional.empty()),
                VerificationIntegrationTest.NOW);
        assertThat(verifications.insert(stored)).isTrue();

        TestKafka.publish(Topics.SUBMITTED, enrollmentId, submitted);

        ProfileRejected rejected = (ProfileRejected) awaitOne(Topics.PROFILE_REJECTED, enrollmentId);
        assertThat(rejected.getMetadata().getEventId()).isEqualTo(stored.verdictEvent().eventId());
        assertThat(rejected.getReasons()).extracting(Reason::getMessage).containsExactly("stored before the crash");
        assertThat(TopicContents.events(Topics.PROFILE_VERIFIED, enrollmentId)).isEmpty();
        await().atMost(TIMEOUT)
            .untilAsserted(() -> assertThat(verifications.find(enrollmentId).orElseThrow().verdictEvent().isPublished())
                .isTrue());
    }

    @Test
    void undecodableBytesGoToTheDeadLetterTopic() {
        String key = "garbage-" + UUID.randomUUID();
        byte[] garbage = "not an EnrollmentSubmitted".getBytes(StandardCharsets.UTF_8);

        TestKafka.publishRaw(Topics.SUBMITTED, key, garbage);

        await().atMost(TIMEOUT).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> deadLetters = TopicContents
                .raw(Topics.deadLetterTopicOf(Topics.SUBMITTED), key);
            assertThat(deadLetters).hasSize(1);
            assertThat(deadLetters.get(0).value()).isEqualTo(garbage);
            assertThat(deadLetters.get(0).headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();
        });
        assertThat(verifications.find(key)).isEmpty();
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

    private List<SpecificRecord> outputEvents(String enrollmentId) {
        List<SpecificRecord> events = new ArrayList<>();
        for (String topic : List.of(Topics.REVIEW_REQUESTED, Topics.PROFILE_VERIFIED, Topics.PROFILE_REJECTED)) {
            events.addAll(TopicContents.events(topic, enrollmentId));
        }
        return events;
    }

    private String activeMember(String countryCode) {
        return member("ACTIVE", countryCode);
    }

    private String member(String status, String countryCode) {
        String mpnId = SubmittedEvents.newMpnId();
        assertThat(mvc.put()
            .uri("/api/partner-network/memberships/{mpnId}", mpnId)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\": \"" + status + "\", \"countryCode\": \"" + countryCode + "\"}"))
            .hasStatus(HttpStatus.CREATED);
        return mpnId;
    }

}
