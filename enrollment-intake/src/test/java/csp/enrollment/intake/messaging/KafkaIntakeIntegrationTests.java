package csp.enrollment.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import csp.enrollment.events.ApplicationRejected;
import csp.enrollment.events.EnrollmentApplication;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.Reason;
import csp.enrollment.events.Topics;
import csp.enrollment.intake.application.ApplicationForms;
import csp.enrollment.intake.application.Submission;
import csp.enrollment.intake.support.IntakeApi;
import csp.enrollment.intake.support.IntakeIntegrationTest;
import csp.enrollment.intake.support.Requests;
import csp.enrollment.intake.support.TestEvents;
import csp.enrollment.testinfra.TestKafka;

/** Applications from enrollment.applications, end to end on the real broker. */
@IntakeIntegrationTest
class KafkaIntakeIntegrationTests {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private TestKafka.TopicReader<Object> submitted;

    private TestKafka.TopicReader<Object> rejected;

    @BeforeEach
    void connect() {
        submitted = TestKafka.events(Topics.SUBMITTED);
        rejected = TestKafka.events(Topics.APPLICATION_REJECTED);
    }

    @AfterEach
    void disconnect() {
        submitted.close();
        rejected.close();
    }

    @Test
    void announcesAValidApplicationAsSubmitted() {
        String tenantId = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        EnrollmentApplication application = TestEvents.application(withTenant(ApplicationForms.directBill(), tenantId),
                null);

        TestKafka.publish(Topics.APPLICATIONS, key, application);

        EnrollmentSubmitted event = awaitSubmitted(tenantId);
        String enrollmentId = event.getMetadata().getEnrollmentId();
        assertThat(submitted.withKeyUpToNow(enrollmentId)).hasSize(1);
        assertThat(event.getBank().getAccountLast4()).isEqualTo("4300");
        assertThat(event.getDirectBill().getCspCloudRevenueTtmUsd()).isEqualByComparingTo("350000.00");
        var view = new IntakeApi(port).enrollment(enrollmentId);
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(IntakeApi.json(view).get("status").asString()).isEqualTo("SUBMITTED");
        var stored = mongo.findOne(Query.query(Criteria.where("_id").is(enrollmentId)), org.bson.Document.class,
                "enrollments");
        assertThat(stored.getString("channel")).isEqualTo("KAFKA");
        assertThat(stored.getString("source")).isEqualTo("partner-portal");
        assertThat(stored.getString("idempotencyKey")).isEqualTo(storedKafkaKey(key));
        // the account only sealed (PersonalDataErasureIntegrationTests opens it)
        assertThat(stored.toJson()).doesNotContain("NL91ABNA0417164300");
        assertThat(stored.get("bank", org.bson.Document.class).getString("accountLast4")).isEqualTo("4300");
    }

    @Test
    void acceptsARedeliveredApplicationOnce() {
        String tenantId = UUID.randomUUID().toString();
        EnrollmentApplication application = TestEvents
            .application(withTenant(ApplicationForms.indirectReseller(), tenantId), "crm-order-" + tenantId);

        TestKafka.publish(Topics.APPLICATIONS, "any-key", application);
        TestKafka.publish(Topics.APPLICATIONS, "another-key", application);

        String enrollmentId = awaitSubmitted(tenantId).getMetadata().getEnrollmentId();
        await().atMost(EVENT_TIMEOUT)
            .until(() -> enrollmentsOfTenant(tenantId) == 1 && mongo.count(
                    Query.query(Criteria.where("idempotencyKey").is(storedKafkaKey("crm-order-" + tenantId))),
                    "enrollments") == 1);
        await().during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(5))
            .until(() -> submitted.withKey(enrollmentId).size() == 1 && enrollmentsOfTenant(tenantId) == 1);
    }

    @Test
    void scopesIdempotencyKeysToTheirCallerSoAnHttpClientsKeyIsNotTheKafkaWritersKey() {
        String key = "portal-" + UUID.randomUUID();
        String tenantId = UUID.randomUUID().toString();
        var forms = withTenant(ApplicationForms.indirectReseller(), tenantId);
        var overHttp = new IntakeApi(port)
            .submit(Requests.with(Requests.indirectReseller(), b -> b.put("tenantId", tenantId)), key);
        assertThat(overHttp.statusCode()).isEqualTo(202);

        TestKafka.publish(Topics.APPLICATIONS, key, TestEvents.application(forms, null));

        // the key belongs to the HTTP client; over Kafka it is the upstream principal's
        // own: a second enrollment
        await().atMost(EVENT_TIMEOUT).until(() -> enrollmentsOfTenant(tenantId) == 2);
        assertThat(rejected.withKeyUpToNow(IntakeApi.json(overHttp).get("enrollmentId").asString())).isEmpty();
    }

    @Test
    void rejectsAnInvalidApplicationWithTheSameCodesAsHttp() {
        String key = "invalid-" + UUID.randomUUID();
        var forms = ApplicationForms.directBill().with(f -> {
            f.mpnId = "12";
            f.company.address.countryCode = "ZZ";
            f.bank.iban = "NL92ABNA0417164300";
            f.admin.lastName = "de Vries\r\nBcc: someone@example.com";
            f.directBill.cspCloudRevenueTtmUsd = new java.math.BigDecimal("-1.00");
        });

        TestKafka.publish(Topics.APPLICATIONS, key, TestEvents.application(forms, null));

        ApplicationRejected rejection = awaitRejection(key);
        assertThat(rejection.getReasons()).extracting(Reason::getField, Reason::getCode)
            .containsExactlyInAnyOrder(tuple("mpnId", "INVALID_FORMAT"),
                    tuple("company.address.countryCode", "INVALID_COUNTRY"), tuple("bank.iban", "INVALID_IBAN"),
                    tuple("admin.lastName", "CONTROL_CHARACTERS"),
                    tuple("directBill.cspCloudRevenueTtmUsd", "INVALID_VALUE"));
        assertThat(rejection.getSource()).isEqualTo("partner-portal");
        assertThat(rejection.getMetadata().getProducer()).isEqualTo("enrollment-intake");
        assertThat(rejection.toString()).doesNotContain("NL92ABNA0417164300");
        assertThat(mongo.exists(Query.query(Criteria.where("idempotencyKey").is(storedKafkaKey(key))), "enrollments"))
            .isFalse();
    }

    @Test
    void answersARedeliveredInvalidApplicationWithTheSameRejection() {
        String key = "invalid-" + UUID.randomUUID();
        var application = TestEvents.application(ApplicationForms.directBill().with(f -> f.directBill = null), null);

        TestKafka.publish(Topics.APPLICATIONS, key, application);
        ApplicationRejected first = awaitRejection(key);
        TestKafka.publish(Topics.APPLICATIONS, key, application);

        String enrollmentId = first.getMetadata().getEnrollmentId();
        List<Object> rejections = await().atMost(EVENT_TIMEOUT)
            .until(() -> rejected.valuesWithKey(enrollmentId), r -> r.size() == 2);
        assertThat(rejections.get(1)).isEqualTo(first);
        assertThat(first.getReasons()).extracting(Reason::getField, Reason::getCode)
            .containsExactly(tuple("directBill", "REQUIRED"));
    }

    @Test
    void rejectsTheKeyOfAnAcceptedApplicationUsedForAnotherOne() {
        String key = "reused-" + UUID.randomUUID();
        String tenantId = UUID.randomUUID().toString();
        TestKafka.publish(Topics.APPLICATIONS, key,
                TestEvents.application(withTenant(ApplicationForms.directBill(), tenantId), key));
        awaitSubmitted(tenantId);

        var other = ApplicationForms.directBill().with(f -> f.company.legalName = "Fabrikam B.V.");
        TestKafka.publish(Topics.APPLICATIONS, key, TestEvents.application(other, key));

        ApplicationRejected rejection = awaitRejection(key);
        assertThat(rejection.getReasons()).extracting(Reason::getField, Reason::getCode)
            .containsExactly(tuple("idempotencyKey", "IDEMPOTENCY_KEY_REUSED"));
        assertThat(rejection.getIdempotencyKey()).isEqualTo(key);
    }

    @Test
    void rejectsAnIdempotencyKeyFieldThatIsTooLong() {
        String key = "k".repeat(129);
        TestKafka.publish(Topics.APPLICATIONS, "record-key",
                TestEvents.application(ApplicationForms.directBill(), key));

        assertThat(awaitRejection(key).getReasons()).extracting(Reason::getField, Reason::getCode)
            .containsExactly(tuple("idempotencyKey", "TOO_LONG"));
    }

    @Test
    void handlesARecordWithoutAnyKey() {
        String source = "keyless-" + UUID.randomUUID();
        var invalid = TestEvents.application(ApplicationForms.directBill().with(f -> f.mpnId = "12"), null);
        invalid.setSource(source);
        String tenantId = UUID.randomUUID().toString();

        TestKafka.publish(Topics.APPLICATIONS, null, invalid);
        TestKafka.publish(Topics.APPLICATIONS, null,
                TestEvents.application(withTenant(ApplicationForms.indirectReseller(), tenantId), null));

        ApplicationRejected rejection = await().atMost(EVENT_TIMEOUT)
            .until(() -> rejected.all()
                .stream()
                .map(ConsumerRecord::value)
                .map(ApplicationRejected.class::cast)
                .filter(event -> source.equals(event.getSource()))
                .findFirst(), java.util.Optional::isPresent)
            .get();
        assertThat(rejection.getIdempotencyKey()).isNull();
        assertThat(rejection.getReasons()).extracting(Reason::getCode).containsExactly("INVALID_FORMAT");
        awaitSubmitted(tenantId);
    }

    @Test
    void deadLettersBytesThatAreNotAnApplication() {
        String key = "garbage-" + UUID.randomUUID();
        byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
        try (var deadLetters = TestKafka.raw(Topics.deadLetterTopicOf(Topics.APPLICATIONS))) {

            TestKafka.publishRaw(Topics.APPLICATIONS, key, garbage);

            ConsumerRecord<String, byte[]> dead = await().atMost(EVENT_TIMEOUT)
                .until(() -> deadLetters.withKey(key), records -> !records.isEmpty())
                .get(0);
            assertThat(dead.value()).isEqualTo(garbage);
            assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.APPLICATIONS);
            assertThat(header(dead, "kafka_dlt-exception-fqcn")).isNotBlank();
        }
        // The partition moved on: the next application on it is accepted.
        String tenantId = UUID.randomUUID().toString();
        TestKafka.publish(Topics.APPLICATIONS, key,
                TestEvents.application(withTenant(ApplicationForms.directBill(), tenantId), null));
        awaitSubmitted(tenantId);
    }

    private EnrollmentSubmitted awaitSubmitted(String tenantId) {
        return await().atMost(EVENT_TIMEOUT)
            .until(() -> submitted.all()
                .stream()
                .map(ConsumerRecord::value)
                .map(EnrollmentSubmitted.class::cast)
                .filter(event -> event.getTenantId().equals(tenantId))
                .findFirst(), java.util.Optional::isPresent)
            .get();
    }

    private ApplicationRejected awaitRejection(String idempotencyKey) {
        return await().atMost(EVENT_TIMEOUT)
            .until(() -> rejected.all()
                .stream()
                .map(ConsumerRecord::value)
                .map(ApplicationRejected.class::cast)
                .filter(event -> idempotencyKey.equals(event.getIdempotencyKey()))
                .findFirst(), java.util.Optional::isPresent)
            .get();
    }

    private long enrollmentsOfTenant(String tenantId) {
        return mongo.count(Query.query(Criteria.where("application.tenantId").is(tenantId)), "enrollments");
    }

    private static ApplicationForms withTenant(ApplicationForms forms, String tenantId) {
        return forms.with(f -> f.tenantId = tenantId);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The key as intake stores it for an application read from Kafka. */
    private static String storedKafkaKey(String key) {
        return new Submission(null, key, KafkaApplications.KAFKA_CALLER, Submission.Channel.KAFKA, null, List.of())
            .scopedIdempotencyKey();
    }

}
