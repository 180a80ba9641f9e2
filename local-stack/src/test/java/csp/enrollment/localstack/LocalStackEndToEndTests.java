package csp.enrollment.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

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
 * applications on every path, over HTTP and over Kafka, reach their final status, and each admin
 * receives exactly the e-mails contract.md §6 lists, once each.
 */
class LocalStackEndToEndTests {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    static Path dataDir;

    private static LocalStack stack;
    private static PipelineClient client;

    @BeforeAll
    static void startTheStack() {
        Map<String, Integer> anyFreePort = new LinkedHashMap<>();
        LocalStackOptions.DEFAULT_PORTS.keySet().forEach(part -> anyFreePort.put(part, 0));
        stack = LocalStack.start(LocalStackOptions.parse("--data-dir=" + dataDir).withPorts(anyFreePort));
        client = new PipelineClient(stack.urls());
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    /** An application, how it travels, where it must end and the e-mails its admin must get. */
    private record Journey(String name, String mpnId, String adminEmail, String finalStatus, List<String> templates) {
    }

    @Test
    void everyPathReachesItsFinalStatusAndEveryAdminGetsExactlyTheContractedEmails() throws IOException {
        String run = Integer.toString(Math.abs(UUID.randomUUID().hashCode() % 10_000));
        List<Journey> journeys = List.of(
                new Journey("indirect", mpn(run, 1), "daan." + run + "@fabrikam.nl", "VERIFIED",
                        List.of("application-received", "indirect-reseller-verified")),
                new Journey("direct-pass", mpn(run, 2), "sanne." + run + "@contoso.nl", "CREDIT_CHECK_PASSED",
                        List.of("application-received", "direct-bill-verified", "credit-check-passed")),
                new Journey("direct-fail", mpn(run, 3), "pieter." + run + "@northwind.nl", "CREDIT_CHECK_FAILED",
                        List.of("application-received", "direct-bill-verified", "credit-check-failed")),
                new Journey("rejected", mpn(run, 4), "jan." + run + "@gmail.com", "REJECTED",
                        List.of("application-received", "profile-rejected")),
                new Journey("review-approved", mpn(run, 5), "eva." + run + "@tailspin.nl", "VERIFIED",
                        List.of("application-received", "review-in-progress", "indirect-reseller-verified")),
                new Journey("review-rejected", mpn(run, 6), "lotte." + run + "@wingtip.nl", "REJECTED",
                        List.of("application-received", "review-in-progress", "profile-rejected")),
                new Journey("kafka-direct-pass", mpn(run, 7), "ruben." + run + "@adatum.nl", "CREDIT_CHECK_PASSED",
                        List.of("application-received", "direct-bill-verified", "credit-check-passed")));
        for (int i : new int[] { 1, 2, 3, 4, 7 }) {
            assertThat(client.putMembership(mpn(run, i), "ACTIVE", "NL").status()).isBetween(200, 204);
        }
        assertThat(client.putCreditReport(mpn(run, 2), 92).status()).isBetween(200, 204);
        assertThat(client.putCreditReport(mpn(run, 3), 12).status()).isBetween(200, 204);
        assertThat(client.putCreditReport(mpn(run, 7), 88).status()).isBetween(200, 204);

        Map<String, Journey> byEnrollment = new LinkedHashMap<>();
        for (Journey journey : journeys.subList(0, 6)) {
            var answer = client.submit(body(journey));
            assertThat(answer.status()).as(journey.name()).isEqualTo(202);
            byEnrollment.put(answer.body().path("enrollmentId").asString(), journey);
        }
        Journey overKafka = journeys.get(6);
        String invalidKey = "crm-" + UUID.randomUUID();
        publishApplication("crm-" + UUID.randomUUID(), application(overKafka));
        publishApplication(invalidKey, invalidApplication(mpn(run, 8)));
        byEnrollment.put(awaitSubmittedEnrollmentOf(overKafka.mpnId()), overKafka);

        decideReviewsAndAwaitFinalStatuses(byEnrollment);

        byEnrollment.forEach((enrollmentId, journey) -> await(journey.name() + " e-mails").atMost(PATIENCE)
                .untilAsserted(() -> assertThat(sentTemplates(enrollmentId)).as(journey.name())
                        .containsExactlyInAnyOrderElementsOf(journey.templates())));
        byEnrollment.values().forEach(journey -> assertThat(stack.parts().mail.receivedMessagesFor(journey.adminEmail()))
                .as("mails in the SMTP server for " + journey.name()).hasSize(journey.templates().size()));

        ApplicationRejected rejected = awaitApplicationRejected(invalidKey);
        assertThat(rejected.getReasons()).extracting(reason -> reason.getCode()).contains("INVALID_IBAN");
    }

    /** Contract §7: the stack's identity provider issues the tokens its services are told to trust. */
    @Test
    void theIdentityProviderIssuesTokensForTheStacksIssuerWithAKeyInTheDataDir() throws IOException {
        var operatorCli = ClientCredentialsToken.operatorCli(stack.issuer());

        Jwt jwt = NimbusJwtDecoder.withIssuerLocation(stack.issuer()).build().decode(operatorCli.value());
        assertThat(jwt.getSubject()).isEqualTo("operator-cli");
        assertThat(jwt.getClaimAsString("scope")).contains("reviews.write", "operations.write");
        assertThat(dataDir.resolve("identity-provider").resolve("signing-key.jwk")).exists();
        assertThat(new PipelineClient(stack.urls(), operatorCli).health().status()).isEqualTo(200);
        // the services trust that issuer, and nothing else: without a token only health answers
        StackUrls urls = stack.urls();
        var anonymous = new PipelineClient(new StackUrls(urls.intake(), urls.verification(), urls.creditCheck(),
                urls.notification()));
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
        assertThat(sendQuickly(kafkaProperties(), Topics.CREDIT_CHECK_PASSED)).as("upstream writes a credit check result")
                .isInstanceOf(TopicAuthorizationException.class);
    }

    /** Null when a forged record was written; else what refused it. */
    private static Throwable sendQuickly(Map<String, Object> config, String topic) {
        Map<String, Object> quick = new HashMap<>(config);
        quick.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        try (var producer = new KafkaProducer<>(quick, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "forged", new byte[] { 0, 0, 0, 0, 2 })).get(30, TimeUnit.SECONDS);
            return null;
        }
        catch (ExecutionException ex) {
            return ex.getCause();
        }
        catch (Exception ex) {
            return ex;
        }
    }

    private void decideReviewsAndAwaitFinalStatuses(Map<String, Journey> byEnrollment) throws IOException {
        for (var entry : byEnrollment.entrySet()) {
            String enrollmentId = entry.getKey();
            Journey journey = entry.getValue();
            if (journey.name().startsWith("review")) {
                await(journey.name() + " in review").atMost(PATIENCE).until(() -> status(enrollmentId).equals("IN_REVIEW"));
                var decision = client.decideReview(enrollmentId, journey.name().equals("review-approved"),
                        "checked by the end-to-end test", "end-to-end-test");
                assertThat(decision.status()).isEqualTo(200);
            }
        }
        byEnrollment.forEach((enrollmentId, journey) -> await(journey.name()).atMost(PATIENCE)
                .untilAsserted(() -> assertThat(status(enrollmentId)).as(journey.name()).isEqualTo(journey.finalStatus())));
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

    private static String mpn(String run, int path) {
        return "5" + String.format("%04d", Integer.parseInt(run)) + path;
    }

    private static String body(Journey journey) {
        return switch (journey.name()) {
            case "indirect", "review-approved", "review-rejected" ->
                    SampleApplications.indirectReseller(journey.mpnId(), journey.adminEmail());
            case "rejected" -> SampleApplications.directBill(journey.mpnId(), journey.adminEmail(), "120000.00");
            default -> SampleApplications.directBill(journey.mpnId(), journey.adminEmail(), "350000.00");
        };
    }

    private static EnrollmentApplication application(Journey journey) {
        return SampleApplications.directBillRecord(journey.mpnId(), UUID.randomUUID().toString(),
                journey.adminEmail(), "420000.00");
    }

    private static EnrollmentApplication invalidApplication(String mpnId) {
        var application = application(new Journey("invalid", mpnId, "noor@litware.nl", "", List.of()));
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
        return consume(Topics.SUBMITTED, EnrollmentSubmitted.class,
                submitted -> submitted.getMpnId().equals(mpnId)).getMetadata().getEnrollmentId();
    }

    private static ApplicationRejected awaitApplicationRejected(String idempotencyKey) {
        return consume(Topics.APPLICATION_REJECTED, ApplicationRejected.class,
                rejected -> idempotencyKey.equals(rejected.getIdempotencyKey()));
    }

    private static <T> T consume(String topic, Class<T> type, java.util.function.Predicate<T> wanted) {
        Map<String, Object> config = kafkaProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, KafkaAccess.UPSTREAM_GROUP_PREFIX + "end-to-end-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put("specific.avro.reader", "true");
        var deserializer = new AvroDeserializer();
        deserializer.configure(config, false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), deserializer)) {
            consumer.subscribe(List.of(topic));
            List<T> seen = new ArrayList<>();
            return await(topic).atMost(PATIENCE).until(() -> {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(type.cast(record.value()));
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
        Map<String, Object> config = new HashMap<>(stack.parts().kafka.clientProperties(KafkaDevelopmentLogins.UPSTREAM));
        config.put("schema.registry.url", stack.parts().registry.url());
        return config;
    }
}
