package csp.enrollment.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import csp.enrollment.access.KafkaAccess;
import csp.enrollment.events.ApplicationRejected;
import csp.enrollment.events.EnrollmentApplication;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.Topics;
import csp.enrollment.serde.AvroDeserializer;
import csp.enrollment.serde.AvroSerializer;
import tools.jackson.databind.JsonNode;

/**
 * The whole pipeline on the embedded parts, as {@code java -jar local-stack.jar} runs it:
 * applications on every path, over HTTP and over Kafka, reach their final status (the
 * partner's commands of contract.md §8 and §9 included), and each admin receives exactly
 * the e-mails §6 lists, once each.
 */
class LocalStackEndToEndIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    static Path dataDir;

    private static LocalStack stack;

    private static PipelineClient client;

    @BeforeAll
    static void startTheStack() {
        stack = LocalStack.startOnFreePorts(dataDir);
        client = new PipelineClient(stack.urls());
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    /**
     * An application, how it travels, the status it waits in for the partner (null:
     * none), where it must end and the e-mails its admin must get.
     */
    private record Journey(String name, String mpnId, String adminEmail, String waitingStatus, String finalStatus,
            List<String> templates) {
    }

    @Test
    void everyPathReachesItsFinalStatusAndEveryAdminGetsExactlyTheContractedEmails() throws Exception {
        String run = Integer.toString(Math.abs(UUID.randomUUID().hashCode() % 10_000));
        String enrolledTenant = UUID.randomUUID().toString();
        List<Journey> journeys = List.of(
                new Journey("indirect", mpn(run, 1), "daan." + run + "@fabrikam.nl", "VERIFIED", "ENROLLED",
                        List.of("application-received", "indirect-reseller-verified", "indirect-reseller-welcome")),
                new Journey("direct-plan-first", mpn(run, 2), "sanne." + run + "@contoso.nl", "CREDIT_CHECK_PASSED",
                        "ENROLLED",
                        List.of("application-received", "direct-bill-verified", "credit-check-passed",
                                "direct-bill-welcome")),
                new Journey("direct-fail", mpn(run, 3), "pieter." + run + "@northwind.nl", "CREDIT_CHECK_FAILED",
                        "TRANSITIONED",
                        List.of("application-received", "direct-bill-verified", "credit-check-failed",
                                "transition-to-indirect")),
                new Journey("rejected", mpn(run, 4), "jan." + run + "@gmail.com", null, "REJECTED",
                        List.of("application-received", "profile-rejected")),
                new Journey("review-approved", mpn(run, 5), "eva." + run + "@tailspin.nl", null, "VERIFIED",
                        List.of("application-received", "review-in-progress", "indirect-reseller-verified")),
                new Journey("review-rejected", mpn(run, 6), "lotte." + run + "@wingtip.nl", null, "REJECTED",
                        List.of("application-received", "review-in-progress", "profile-rejected")),
                new Journey("direct-reviewed", mpn(run, 9), "femke." + run + "@proseware.nl", null,
                        "CREDIT_CHECK_PASSED",
                        List.of("application-received", "review-in-progress", "direct-bill-verified",
                                "credit-check-passed")),
                new Journey("kafka-agreement-first", mpn(run, 7), "ruben." + run + "@adatum.nl", "CREDIT_CHECK_PASSED",
                        "ENROLLED", List.of("application-received", "direct-bill-verified", "credit-check-passed",
                                "direct-bill-welcome")));
        for (int i : new int[] { 1, 2, 3, 4, 7, 8 }) {
            assertThat(client.putMembership(mpn(run, i), "ACTIVE", "NL").status()).isBetween(200, 204);
        }
        for (var report : Map.of(2, 92, 3, 12, 7, 88, 9, 90).entrySet()) {
            assertThat(client.putCreditReport(mpn(run, report.getKey()), report.getValue()).status()).isBetween(200,
                    204);
        }

        Map<String, Journey> byEnrollment = new LinkedHashMap<>();
        for (Journey journey : journeys.subList(0, 7)) {
            String body = journey.name().equals("indirect")
                    ? SampleApplications.indirectReseller(journey.mpnId(), enrolledTenant, journey.adminEmail())
                    : body(journey);
            var answer = client.submit(body);
            assertThat(answer.status()).as(journey.name()).isEqualTo(202);
            byEnrollment.put(answer.body().path("enrollmentId").asString(), journey);
        }
        Journey overKafka = journeys.get(7);
        String invalidKey = "crm-" + UUID.randomUUID();
        publishApplication("crm-" + UUID.randomUUID(), application(overKafka));
        publishApplication(invalidKey, invalidApplication(mpn(run, 8)));
        byEnrollment.put(awaitSubmittedEnrollmentOf(overKafka.mpnId()), overKafka);

        decideReviews(byEnrollment);
        byEnrollment.forEach((enrollmentId, journey) -> awaitStatus(enrollmentId, journey.name(),
                journey.waitingStatus() == null ? journey.finalStatus() : journey.waitingStatus()));
        Map<String, Journey> continued = completeTheEnrollments(byEnrollment);
        byEnrollment.putAll(continued);
        byEnrollment
            .forEach((enrollmentId, journey) -> awaitStatus(enrollmentId, journey.name(), journey.finalStatus()));

        // contract §3: once enrolled, the tenant cannot apply again, whoever applies
        Journey tenantTaken = new Journey("tenant-taken", mpn(run, 8), "noor." + run + "@litware.nl", null, "REJECTED",
                List.of("application-received", "profile-rejected"));
        var second = client
            .submit(SampleApplications.indirectReseller(tenantTaken.mpnId(), enrolledTenant, tenantTaken.adminEmail()));
        String secondId = second.body().path("enrollmentId").asString();
        byEnrollment.put(secondId, tenantTaken);
        awaitStatus(secondId, tenantTaken.name(), "REJECTED");
        assertThat(reasonCodes(secondId, "REJECTED")).containsExactly("TENANT_ALREADY_ENROLLED");

        byEnrollment.forEach((enrollmentId, journey) -> await(journey.name() + " e-mails").atMost(PATIENCE)
            .untilAsserted(() -> assertThat(sentTemplates(enrollmentId)).as(journey.name())
                .containsExactlyInAnyOrderElementsOf(journey.templates())));
        Map<String, Integer> mailsPerAdmin = new LinkedHashMap<>();
        byEnrollment.values()
            .forEach(journey -> mailsPerAdmin.merge(journey.adminEmail(), journey.templates().size(), Integer::sum));
        for (var admin : mailsPerAdmin.entrySet()) {
            assertThat(subjectsOverImap(admin.getKey())).as("the mailbox of " + admin.getKey() + ", read over IMAP")
                .hasSize(admin.getValue())
                .allSatisfy(subject -> assertThat(subject).isNotBlank());
        }

        ApplicationRejected rejected = awaitApplicationRejected(invalidKey);
        assertThat(rejected.getReasons()).extracting(reason -> reason.getCode()).contains("INVALID_IBAN");
    }

    /**
     * The partner's commands of contract §8 and §9 for every journey that waits for them;
     * answers the enrollments a transition started, with the journey each must follow.
     */
    private Map<String, Journey> completeTheEnrollments(Map<String, Journey> byEnrollment) throws IOException {
        Map<String, Journey> continued = new LinkedHashMap<>();
        for (var entry : byEnrollment.entrySet()) {
            String id = entry.getKey();
            Journey journey = entry.getValue();
            switch (journey.name()) {
                case "indirect" -> {
                    assertThat(client.acceptAgreement(id, "MICROSOFT_PARTNER_AGREEMENT", journey.adminEmail())
                        .body()
                        .path("code")
                        .asString()).isEqualTo("WRONG_AGREEMENT");
                    assertThat(client.acceptAgreement(id, "INDIRECT_RESELLER_TERMS", journey.adminEmail()).status())
                        .isEqualTo(202);
                    assertThat(client.acceptAgreement(id, "INDIRECT_RESELLER_TERMS", journey.adminEmail()).status())
                        .as("the same command again")
                        .isEqualTo(200);
                }
                case "direct-plan-first" -> {
                    assertThat(client.recordSupportPlan(id, "ASFP").status()).isEqualTo(202);
                    assertThat(client.recordSupportPlan(id, "ASFP").status()).as("again").isEqualTo(200);
                    var enrolled = client.acceptAgreement(id, "MICROSOFT_PARTNER_AGREEMENT", journey.adminEmail());
                    assertThat(enrolled.status()).isEqualTo(202);
                    assertThat(enrolled.body().path("status").asString()).isEqualTo("ENROLLED");
                }
                case "kafka-agreement-first" -> {
                    assertThat(client.acceptAgreement(id, "MICROSOFT_PARTNER_AGREEMENT", journey.adminEmail()).status())
                        .isEqualTo(202);
                    assertThat(client.recordSupportPlan(id, "PSFP").status()).isEqualTo(202);
                }
                case "direct-fail" -> {
                    var moved = client.transition(id, "Credit check not passed; we buy through a distributor");
                    assertThat(moved.status()).isEqualTo(202);
                    String newId = moved.body().path("enrollmentId").asString();
                    assertThat(moved.body().path("transitionedFrom").asString()).isEqualTo(id);
                    assertThat(moved.body().path("enrollmentType").asString()).isEqualTo("INDIRECT_RESELLER");
                    var again = client.transition(id, "Credit check not passed; we buy through a distributor");
                    assertThat(again.status()).as("the same transition again").isEqualTo(200);
                    assertThat(again.body().path("enrollmentId").asString()).isEqualTo(newId);
                    awaitStatus(newId, "transitioned", "VERIFIED");
                    assertThat(client.acceptAgreement(newId, "INDIRECT_RESELLER_TERMS", journey.adminEmail()).status())
                        .isEqualTo(202);
                    continued.put(newId,
                            new Journey("transitioned", journey.mpnId(), journey.adminEmail(), null, "ENROLLED",
                                    List.of("application-received", "indirect-reseller-verified",
                                            "indirect-reseller-welcome")));
                }
                default -> {
                    // the others end where the pipeline leaves them, or wait for the
                    // partner
                }
            }
        }
        return continued;
    }

    /**
     * Contract §7: the stack's identity provider issues the tokens its services are told
     * to trust.
     */
    @Test
    void theIdentityProviderIssuesTokensForTheStacksIssuerWithAKeyInTheDataDir() throws IOException {
        var operatorCli = ClientCredentialsToken.operatorCli(stack.issuer());

        // the decoder reads the issuer's discovery document with a short timeout: the
        // first answer of a
        // stack that has just started may take longer
        Jwt jwt = await("the issuer's discovery document").atMost(PATIENCE)
            .ignoreExceptions()
            .until(() -> NimbusJwtDecoder.withIssuerLocation(stack.issuer()).build().decode(operatorCli.value()),
                    Objects::nonNull);
        assertThat(jwt.getSubject()).isEqualTo("operator-cli");
        assertThat(jwt.getClaimAsString("scope")).contains("reviews.write", "operations.write");
        assertThat(dataDir.resolve("identity-provider").resolve("signing-key.jwk")).exists();
        assertThat(new PipelineClient(stack.urls(), operatorCli).health().status()).isEqualTo(200);
        // the services trust that issuer, and nothing else: without a token only health
        // answers
        StackUrls urls = stack.urls();
        var anonymous = new PipelineClient(
                new StackUrls(urls.intake(), urls.verification(), urls.creditCheck(), urls.notification()));
        assertThat(anonymous.health().status()).isEqualTo(200);
        assertThat(anonymous.enrollment(UUID.randomUUID().toString()).status()).isEqualTo(401);
        assertThat(new PipelineClient(stack.urls(), operatorCli).enrollment(UUID.randomUUID().toString()).status())
            .isEqualTo(404);
    }

    @Test
    void kafkaRefusesAClientWithoutALoginAndAnUpstreamSystemForgingAPipelineEvent() {
        Map<String, Object> anonymous = new HashMap<>(kafkaProperties());
        KafkaDevelopmentLogins.UPSTREAM.clientProperties().keySet().forEach(anonymous::remove);

        assertThat(sendQuickly(anonymous, Topics.APPLICATIONS)).as("no SASL: never past the handshake")
            .isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        // whatever the bytes: the broker refuses the topic before it looks at them
        assertThat(sendQuickly(kafkaProperties(), Topics.SUBMITTED)).as("upstream writes enrollment.submitted")
            .isInstanceOf(TopicAuthorizationException.class);
        assertThat(sendQuickly(kafkaProperties(), Topics.CREDIT_CHECK_PASSED))
            .as("upstream writes a credit check result")
            .isInstanceOf(TopicAuthorizationException.class);
    }

    /**
     * Contract §10: a record no service can decode is a dead letter of each service that
     * consumes its topic, listed by each with the operator's token; replayed once through
     * one service (its operations login writes it back), the second replay is refused; a
     * reviewer may do neither.
     */
    @Test
    void aPoisonRecordIsListedByEveryConsumerAndReplayedOnceWithTheOperatorsToken() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        try (var producer = new KafkaProducer<>(stack.parts().kafka.clientProperties(KafkaDevelopmentLogins.ADMIN),
                new StringSerializer(), new ByteArraySerializer())) {
            producer
                .send(new ProducerRecord<>(Topics.SUBMITTED, key,
                        "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8)))
                .get(30, TimeUnit.SECONDS);
        }
        StackUrls urls = stack.urls();

        JsonNode atVerification = awaitDeadLetter(urls.verification(), key);
        JsonNode atNotification = awaitDeadLetter(urls.notification(), key);
        assertThat(atVerification.get("causeClass").asString()).endsWith("SerializationException");
        assertThat(atVerification.get("replayed").asBoolean()).isFalse();
        assertThat(atNotification.get("offset").asLong()).as("the same record")
            .isEqualTo(atVerification.get("offset").asLong());

        var reviewer = new PipelineClient(urls, new ClientCredentialsToken(stack.issuer() + "/oauth2/token",
                "operator-cli", "operator-cli-secret", "reviews.read reviews.write"));
        int partition = atVerification.get("partition").asInt();
        long offset = atVerification.get("offset").asLong();
        assertThat(reviewer.deadLetters(urls.verification(), Topics.SUBMITTED, 10).status()).isEqualTo(403);
        assertThat(reviewer.replayDeadLetter(urls.verification(), Topics.SUBMITTED, partition, offset).status())
            .isEqualTo(403);

        PipelineClient.Answer replayed = client.replayDeadLetter(urls.verification(), Topics.SUBMITTED, partition,
                offset);
        assertThat(replayed.status()).as(String.valueOf(replayed.body())).isEqualTo(200);
        assertThat(replayed.body().get("replayedBy").asString()).isEqualTo("operator-cli");
        assertThat(client.replayDeadLetter(urls.verification(), Topics.SUBMITTED, partition, offset).status())
            .isEqualTo(409);
        // the replay is undecodable again: a new dead letter, of the replayed record
        await().atMost(PATIENCE)
            .until(() -> deadLettersOf(urls.verification()).stream()
                .filter(letter -> key.equals(letter.get("key").asString()))
                .count() == 2);
        assertThat(awaitDeadLetter(urls.notification(), key).get("replayed").asBoolean())
            .as("each service keeps its own replays")
            .isFalse();
    }

    private static JsonNode awaitDeadLetter(String serviceUrl, String key) {
        return await().atMost(PATIENCE)
            .until(() -> deadLettersOf(serviceUrl).stream()
                .filter(letter -> key.equals(letter.get("key").asString()))
                .min(java.util.Comparator.comparing(letter -> letter.get("offset").asLong()))
                .orElse(null), letter -> letter != null);
    }

    private static List<JsonNode> deadLettersOf(String serviceUrl) throws IOException {
        PipelineClient.Answer listed = client.deadLetters(serviceUrl, Topics.SUBMITTED, 500);
        assertThat(listed.status()).as(String.valueOf(listed.body())).isEqualTo(200);
        List<JsonNode> letters = new ArrayList<>();
        listed.body().forEach(letters::add);
        return letters;
    }

    /** Null when a forged record was written; else what refused it. */
    private static Throwable sendQuickly(Map<String, Object> config, String topic) {
        Map<String, Object> quick = new HashMap<>(config);
        quick.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        try (var producer = new KafkaProducer<>(quick, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "forged", new byte[] { 0, 0, 0, 0, 2 }))
                .get(30, TimeUnit.SECONDS);
            return null;
        }
        catch (ExecutionException ex) {
            return ex.getCause();
        }
        catch (Exception ex) {
            return ex;
        }
    }

    /**
     * Decides every review; a direct bill partner in review is refused a support plan
     * first (§8).
     */
    private void decideReviews(Map<String, Journey> byEnrollment) throws IOException {
        for (var entry : byEnrollment.entrySet()) {
            String enrollmentId = entry.getKey();
            Journey journey = entry.getValue();
            if (journey.name().startsWith("review") || journey.name().equals("direct-reviewed")) {
                awaitStatus(enrollmentId, journey.name() + " in review", "IN_REVIEW");
                if (journey.name().equals("direct-reviewed")) {
                    var early = client.recordSupportPlan(enrollmentId, "ASFP");
                    assertThat(early.status()).isEqualTo(409);
                    assertThat(early.body().path("code").asString()).isEqualTo("CREDIT_CHECK_NOT_PASSED");
                }
                var decision = client.decideReview(enrollmentId, !journey.name().equals("review-rejected"),
                        "checked by the end-to-end test", "end-to-end-test");
                assertThat(decision.status()).isEqualTo(200);
            }
        }
    }

    private static void awaitStatus(String enrollmentId, String journey, String expected) {
        await(journey).atMost(PATIENCE)
            .untilAsserted(() -> assertThat(status(enrollmentId)).as(journey).isEqualTo(expected));
    }

    /**
     * The codes of the reasons recorded with {@code status} in the enrollment's history.
     */
    private static List<String> reasonCodes(String enrollmentId, String status) throws IOException {
        List<String> codes = new ArrayList<>();
        for (JsonNode entry : client.enrollment(enrollmentId).body().path("history")) {
            if (entry.path("status").asString().equals(status)) {
                entry.path("reasons").forEach(reason -> codes.add(reason.path("code").asString()));
            }
        }
        return codes;
    }

    private static String status(String enrollmentId) throws IOException {
        return client.enrollment(enrollmentId).body().path("status").asString("");
    }

    private static List<String> sentTemplates(String enrollmentId) throws IOException {
        JsonNode list = client.notifications(enrollmentId).body();
        List<String> templates = new ArrayList<>();
        for (JsonNode email : list.isArray() ? list : list.path("emails")) {
            if (email.path("status").asString().equals("SENT")) {
                templates.add(email.path("template").asString());
            }
        }
        return templates;
    }

    /**
     * The subjects in {@code address}'s inbox, read as the admin's mail client would:
     * over IMAP.
     */
    private static List<String> subjectsOverImap(String address) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect(stack.parts().mail.host(), stack.parts().mail.imapPort(), address, "any password");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        }
        finally {
            store.close();
        }
    }

    private static String mpn(String run, int path) {
        return "5" + String.format("%04d", Integer.parseInt(run)) + path;
    }

    private static String body(Journey journey) {
        return switch (journey.name()) {
            case "review-approved", "review-rejected" ->
                SampleApplications.indirectReseller(journey.mpnId(), journey.adminEmail());
            case "rejected" -> SampleApplications.directBill(journey.mpnId(), journey.adminEmail(), "120000.00");
            default -> SampleApplications.directBill(journey.mpnId(), journey.adminEmail(), "350000.00");
        };
    }

    private static EnrollmentApplication application(Journey journey) {
        return SampleApplications.directBillRecord(journey.mpnId(), UUID.randomUUID().toString(), journey.adminEmail(),
                "420000.00");
    }

    private static EnrollmentApplication invalidApplication(String mpnId) {
        var application = application(new Journey("invalid", mpnId, "noor@litware.nl", null, "", List.of()));
        application.getBank().setIban("NL92ABNA0417164300");
        return application;
    }

    private static void publishApplication(String key, EnrollmentApplication application) {
        try (var producer = new KafkaProducer<String, Object>(kafkaProperties(), new StringSerializer(),
                serializer())) {
            producer.send(new ProducerRecord<>(Topics.APPLICATIONS, key, application));
        }
    }

    private static String awaitSubmittedEnrollmentOf(String mpnId) {
        return consume(Topics.SUBMITTED, EnrollmentSubmitted.class, submitted -> submitted.getMpnId().equals(mpnId))
            .getMetadata()
            .getEnrollmentId();
    }

    private static ApplicationRejected awaitApplicationRejected(String idempotencyKey) {
        return consume(Topics.APPLICATION_REJECTED, ApplicationRejected.class,
                rejected -> idempotencyKey.equals(rejected.getIdempotencyKey()));
    }

    private static <T> T consume(String topic, Class<T> type, java.util.function.Predicate<T> wanted) {
        Map<String, Object> config = kafkaProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG,
                KafkaAccess.UPSTREAM_GROUP_PREFIX + "end-to-end-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put("specific.avro.reader", "true");
        var avro = new AvroDeserializer();
        avro.configure(config, false);
        // the poison-record test writes to the same topics: such a record reads as null
        // and is passed over
        var deserializer = new ErrorHandlingDeserializer<Object>(avro);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), deserializer)) {
            consumer.subscribe(List.of(topic));
            List<T> seen = new ArrayList<>();
            return await(topic).atMost(PATIENCE).until(() -> {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() != null) {
                        seen.add(type.cast(record.value()));
                    }
                }
                return seen.stream().filter(wanted).findFirst().orElse(null);
            }, found -> found != null);
        }
    }

    private static AvroSerializer serializer() {
        var serializer = new AvroSerializer();
        serializer.configure(kafkaProperties(), false);
        return serializer;
    }

    /** The test writes applications and reads the answers as an upstream system does. */
    private static Map<String, Object> kafkaProperties() {
        Map<String, Object> config = new HashMap<>(
                stack.parts().kafka.clientProperties(KafkaDevelopmentLogins.UPSTREAM));
        config.put("schema.registry.url", stack.parts().registry.url());
        return config;
    }

}
