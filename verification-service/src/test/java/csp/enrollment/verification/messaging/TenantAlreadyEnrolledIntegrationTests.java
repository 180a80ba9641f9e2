package csp.enrollment.verification.messaging;

import csp.enrollment.events.Admin;
import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.EnrollmentTransitioned;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.events.PartnerContact;
import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.Reason;
import csp.enrollment.events.Topics;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.verification.support.BearerTokens;
import csp.enrollment.verification.support.SubmittedEvents;
import csp.enrollment.verification.support.TopicContents;
import csp.enrollment.verification.support.VerificationIntegrationTest;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * TENANT_ALREADY_ENROLLED on the real broker and database: one CSP enrollment per tenant,
 * its claim released when the enrollment ends without being enrolled, passed on in a
 * transition whichever event arrives first.
 */
@VerificationIntegrationTest
class TenantAlreadyEnrolledIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MongoTemplate mongo;

    @Test
    void rejectsASecondApplicationForATenantWhoseFirstIsInProgress() {
        String tenant = newTenant();
        EnrollmentSubmitted first = application(activeMember(), tenant);
        submitAndAwait(first, Topics.PROFILE_VERIFIED);

        EnrollmentSubmitted second = application(activeMember(), tenant);
        ProfileRejected rejected = (ProfileRejected) submitAndAwait(second, Topics.PROFILE_REJECTED);

        assertThat(rejected.getReasons()).extracting(Reason::getCode).containsExactly("TENANT_ALREADY_ENROLLED");
        assertThat(rejected.getReasons()).extracting(Reason::getField).containsExactly("tenantId");
        assertThat(rejected.getReasons().get(0).getMessage()).doesNotContain(enrollmentId(first));
        assertThat(holderOf(tenant)).isEqualTo(enrollmentId(first));
    }

    @Test
    void rejectsATenantConflictAtOnceInsteadOfSendingItToReview() {
        String tenant = newTenant();
        EnrollmentSubmitted inReview = application(SubmittedEvents.newMpnId(), tenant);
        submitAndAwait(inReview, Topics.REVIEW_REQUESTED);

        EnrollmentSubmitted second = application(SubmittedEvents.newMpnId(), tenant);
        ProfileRejected rejected = (ProfileRejected) submitAndAwait(second, Topics.PROFILE_REJECTED);

        assertThat(rejected.getReasons()).extracting(Reason::getCode).containsExactly("TENANT_ALREADY_ENROLLED");
        assertThat(TopicContents.events(Topics.REVIEW_REQUESTED, enrollmentId(second))).isEmpty();
    }

    @Test
    void verifiesANewApplicationForTheTenantOnceAReviewerRejectedTheFirst() {
        String tenant = newTenant();
        EnrollmentSubmitted first = application(SubmittedEvents.newMpnId(), tenant);
        submitAndAwait(first, Topics.REVIEW_REQUESTED);

        assertThat(mvc.post()
            .uri("/api/reviews/{id}/decision", enrollmentId(first))
            .header("Authorization", BearerTokens.as(BearerTokens.SUBJECT, "reviews.write"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"decision\": \"REJECT\", \"reason\": \"The MPN ID belongs to another company\"}"))
            .hasStatusOk();
        awaitOne(Topics.PROFILE_REJECTED, enrollmentId(first));
        assertThat(holderOf(tenant)).isNull();

        submitAndAwait(application(activeMember(), tenant), Topics.PROFILE_VERIFIED);
    }

    @Test
    void verifiesANewApplicationForTheTenantOnceTheFirstWasRejectedByTheRules() {
        String tenant = newTenant();
        EnrollmentSubmitted first = application(activeMember(), tenant);
        first.getAdmin().setWorkEmail("sanne@gmail.com");
        submitAndAwait(first, Topics.PROFILE_REJECTED);

        submitAndAwait(application(activeMember(), tenant), Topics.PROFILE_VERIFIED);
    }

    @Test
    void verifiesANewApplicationForTheTenantOnceTheCreditCheckOfTheFirstFailed() {
        String tenant = newTenant();
        EnrollmentSubmitted first = application(activeMember(), tenant);
        submitAndAwait(first, Topics.PROFILE_VERIFIED);
        CreditCheckFailed failed = creditCheckFailed(first);

        awaitConsumed(TestKafka.publish(Topics.CREDIT_CHECK_FAILED, enrollmentId(first), failed));
        assertThat(holderOf(tenant)).isNull();
        awaitConsumed(TestKafka.publish(Topics.CREDIT_CHECK_FAILED, enrollmentId(first), failed));

        EnrollmentSubmitted second = application(activeMember(), tenant);
        submitAndAwait(second, Topics.PROFILE_VERIFIED);
        assertThat(holderOf(tenant)).isEqualTo(enrollmentId(second));
    }

    @Test
    void verifiesATransitionWhoseEnrollmentTransitionedArrivesFirst() {
        String tenant = newTenant();
        String mpnId = activeMember();
        EnrollmentSubmitted directBill = application(mpnId, tenant);
        submitAndAwait(directBill, Topics.PROFILE_VERIFIED);
        EnrollmentSubmitted indirect = transitionOf(directBill);

        awaitConsumed(
                TestKafka.publish(Topics.TRANSITIONED, enrollmentId(directBill), transitioned(directBill, indirect)));
        assertThat(holderOf(tenant)).isEqualTo(enrollmentId(indirect));
        submitAndAwait(indirect, Topics.PROFILE_VERIFIED);

        assertThat(holderOf(tenant)).isEqualTo(enrollmentId(indirect));
        ProfileRejected another = (ProfileRejected) submitAndAwait(application(activeMember(), tenant),
                Topics.PROFILE_REJECTED);
        assertThat(another.getReasons()).extracting(Reason::getCode).containsExactly("TENANT_ALREADY_ENROLLED");
    }

    @Test
    void verifiesATransitionWhoseEnrollmentSubmittedArrivesFirst() {
        String tenant = newTenant();
        String mpnId = activeMember();
        EnrollmentSubmitted directBill = application(mpnId, tenant);
        submitAndAwait(directBill, Topics.PROFILE_VERIFIED);
        EnrollmentSubmitted indirect = transitionOf(directBill);

        submitAndAwait(indirect, Topics.PROFILE_VERIFIED);
        assertThat(holderOf(tenant)).isEqualTo(enrollmentId(indirect));
        EnrollmentTransitioned transition = transitioned(directBill, indirect);
        awaitConsumed(TestKafka.publish(Topics.TRANSITIONED, enrollmentId(directBill), transition));

        assertThat(holderOf(tenant)).isEqualTo(enrollmentId(indirect));
        // every event again: nothing changes, the old enrollment claims nothing
        awaitConsumed(TestKafka.publish(Topics.TRANSITIONED, enrollmentId(directBill), transition));
        awaitConsumed(TestKafka.publish(Topics.SUBMITTED, enrollmentId(directBill), directBill));
        awaitConsumed(TestKafka.publish(Topics.SUBMITTED, enrollmentId(indirect), indirect));
        assertThat(holderOf(tenant)).isEqualTo(enrollmentId(indirect));
        assertThat(TopicContents.events(Topics.PROFILE_VERIFIED, enrollmentId(indirect))).hasSize(1);
        assertThat(TopicContents.events(Topics.PROFILE_REJECTED, enrollmentId(directBill))).isEmpty();
    }

    @Test
    void verifiesATransitionAfterAFailedCreditCheck() {
        String tenant = newTenant();
        EnrollmentSubmitted directBill = application(activeMember(), tenant);
        submitAndAwait(directBill, Topics.PROFILE_VERIFIED);
        awaitConsumed(
                TestKafka.publish(Topics.CREDIT_CHECK_FAILED, enrollmentId(directBill), creditCheckFailed(directBill)));
        EnrollmentSubmitted indirect = transitionOf(directBill);

        awaitConsumed(
                TestKafka.publish(Topics.TRANSITIONED, enrollmentId(directBill), transitioned(directBill, indirect)));
        submitAndAwait(indirect, Topics.PROFILE_VERIFIED);

        assertThat(holderOf(tenant)).isEqualTo(enrollmentId(indirect));
    }

    @Test
    void aRedeliveredSubmissionChangesNothing() {
        String tenant = newTenant();
        EnrollmentSubmitted first = application(activeMember(), tenant);
        submitAndAwait(first, Topics.PROFILE_VERIFIED);

        awaitConsumed(TestKafka.publish(Topics.SUBMITTED, enrollmentId(first), first));

        assertThat(holderOf(tenant)).isEqualTo(enrollmentId(first));
        assertThat(TopicContents.events(Topics.PROFILE_VERIFIED, enrollmentId(first))).hasSize(1);
        assertThat(TopicContents.events(Topics.PROFILE_REJECTED, enrollmentId(first))).isEmpty();

        awaitConsumed(TestKafka.publish(Topics.CREDIT_CHECK_FAILED, enrollmentId(first), creditCheckFailed(first)));
        awaitConsumed(TestKafka.publish(Topics.SUBMITTED, enrollmentId(first), first));
        assertThat(holderOf(tenant)).as("an ended enrollment's submission again claims nothing").isNull();
    }

    @Test
    void undecodableBytesOnTheTransitionTopicGoToItsDeadLetterTopic() {
        String key = "garbage-" + UUID.randomUUID();
        byte[] garbage = "not an EnrollmentTransitioned".getBytes(StandardCharsets.UTF_8);

        TestKafka.publishRaw(Topics.TRANSITIONED, key, garbage);

        await().atMost(TIMEOUT).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> deadLetters = TopicContents
                .raw(Topics.deadLetterTopicOf(Topics.TRANSITIONED), key);
            assertThat(deadLetters).hasSize(1);
            assertThat(deadLetters.get(0).value()).isEqualTo(garbage);
        });
    }

    private SpecificRecord submitAndAwait(EnrollmentSubmitted submitted, String outcomeTopic) {
        TestKafka.publish(Topics.SUBMITTED, enrollmentId(submitted), submitted);
        return awaitOne(outcomeTopic, enrollmentId(submitted));
    }

    private static SpecificRecord awaitOne(String topic, String enrollmentId) {
        List<SpecificRecord> events = new ArrayList<>();
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            events.clear();
            events.addAll(TopicContents.events(topic, enrollmentId));
            assertThat(events).hasSize(1);
        });
        return events.get(0);
    }

    private static void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(TIMEOUT)
            .until(() -> TestKafka.committedOffset("verification-service", partition) > record.offset());
    }

    /**
     * A direct bill application for the tenant (every enrollment of these tests has its
     * own id).
     */
    private static EnrollmentSubmitted application(String mpnId, String tenant) {
        return SubmittedEvents.directBill(mpnId).setTenantId(tenant).build();
    }

    /**
     * The new indirect reseller enrollment a transition starts: same partner, MPN ID and
     * tenant.
     */
    private static EnrollmentSubmitted transitionOf(EnrollmentSubmitted directBill) {
        return SubmittedEvents.indirectReseller(directBill.getMpnId())
            .setTenantId(directBill.getTenantId())
            .setEnrollmentType(EnrollmentType.INDIRECT_RESELLER)
            .setTransitionedFrom(enrollmentId(directBill))
            .build();
    }

    private static EnrollmentTransitioned transitioned(EnrollmentSubmitted old, EnrollmentSubmitted next) {
        return EnrollmentTransitioned.newBuilder()
            .setMetadata(metadata(enrollmentId(old)))
            .setNewEnrollmentId(enrollmentId(next))
            .setReason("We buy through a distributor from now on")
            .setPreviousStatus("ENROLLED")
            .setMpnId(old.getMpnId())
            .setPartner(partner(old))
            .build();
    }

    private static CreditCheckFailed creditCheckFailed(EnrollmentSubmitted submitted) {
        return CreditCheckFailed.newBuilder()
            .setMetadata(metadata(enrollmentId(submitted)))
            .setMpnId(submitted.getMpnId())
            .setPartner(partner(submitted))
            .setReasons(List.of(Reason.newBuilder()
                .setCode("CREDIT_SCORE_TOO_LOW")
                .setMessage("Score 35 is below 60")
                .setField(null)
                .build()))
            .setScore(35)
            .setMinimumScore(60)
            .setBureau("simulated")
            .build();
    }

    private static EventMetadata metadata(String enrollmentId) {
        return EventMetadata.newBuilder()
            .setEventId(UUID.randomUUID().toString())
            .setEnrollmentId(enrollmentId)
            .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
            .setCausationId(null)
            .setCorrelationId(enrollmentId)
            .setProducer("test")
            .build();
    }

    private static PartnerContact partner(EnrollmentSubmitted submitted) {
        Admin admin = submitted.getAdmin();
        return PartnerContact.newBuilder()
            .setLegalName(submitted.getCompany().getLegalName())
            .setCountryCode(submitted.getCompany().getAddress().getCountryCode())
            .setAdmin(Admin.newBuilder(admin).build())
            .build();
    }

    private String holderOf(String tenant) {
        Document claim = mongo.getCollection("tenant_claims").find(new Document("_id", tenant)).first();
        return claim == null ? null : claim.getString("enrollmentId");
    }

    private static String enrollmentId(EnrollmentSubmitted submitted) {
        return submitted.getMetadata().getEnrollmentId();
    }

    private static String newTenant() {
        return UUID.randomUUID().toString();
    }

    private String activeMember() {
        String mpnId = SubmittedEvents.newMpnId();
        assertThat(mvc.put()
            .uri("/api/partner-network/memberships/{mpnId}", mpnId)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\": \"ACTIVE\", \"countryCode\": \"NL\"}")).hasStatus(HttpStatus.CREATED);
        return mpnId;
    }

}
