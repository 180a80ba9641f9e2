package csp.enrollment.messaging.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;

import csp.enrollment.events.Topics;
import csp.enrollment.messaging.EventPublisher;
import csp.enrollment.messaging.MessagingTestApplication;
import csp.enrollment.messaging.SampleEvents;
import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.testinfra.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/dead-letters} of a service built on messaging-support, over a real socket,
 * on a real broker and database: a poison record and a record that failed while its cause
 * lasted are listed with their cause; the second, replayed once its cause is gone, is
 * processed exactly once; a second replay is refused, also by a fresh look at the
 * database.
 */
@PipelineInfrastructure
@SpringBootTest(classes = MessagingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.application.name=dead-letter-api-test", "pipeline.messaging.retry.initial-interval=50ms",
                "pipeline.messaging.retry.max-retries=1" })
class DeadLetterApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    EventPublisher publisher;

    @Autowired
    MessagingTestApplication.SubmittedListener listener;

    @Autowired
    MongoOperations mongo;

    @AfterEach
    void causeGone() {
        listener.outage().set(false);
    }

    @Test
    void aPoisonRecordIsListedWithItsCauseAndNotAsReplayed() {
        String key = "poison-" + UUID.randomUUID();
        sendRaw(Topics.SUBMITTED, key, "{\"iban\":\"NL91ABNA0417164300\"}".getBytes(StandardCharsets.UTF_8));

        JsonNode letter = awaitListed(Topics.SUBMITTED, key);

        assertThat(letter.get("topic").asString()).isEqualTo(Topics.SUBMITTED);
        assertThat(listedEntry(null, key)).as("listed among every topic's too").isNotNull();
        assertThat(letter.get("partition").asInt()).isNotNegative();
        assertThat(letter.get("offset").asLong()).isNotNegative();
        assertThat(letter.get("causeClass").asString()).endsWith("SerializationException");
        assertThat(letter.get("causeMessage").asString()).contains("magic byte").doesNotContain("NL91ABNA0417164300");
        assertThat(letter.get("replayed").asBoolean()).isFalse();
        assertThat(letter.get("deadLetterTopic").asString()).isEqualTo(Topics.deadLetterTopicOf(Topics.SUBMITTED));
        assertThat(letter.get("time").asString()).isNotBlank();
    }

    @Test
    void aRecordThatFailedForACauseNowGoneIsProcessedExactlyOnceWhenReplayedAndASecondReplayIsRefused() {
        listener.outage().set(true);
        var event = SampleEvents.submitted("Outage Cloud B.V.");
        String eventId = event.getMetadata().getEventId();
        publisher.publish(Topics.SUBMITTED, event.getMetadata().getEnrollmentId(), event);
        JsonNode letter = awaitListed(Topics.SUBMITTED, event.getMetadata().getEnrollmentId());
        assertThat(letter.get("causeMessage").asString()).contains("the store is down");
        assertThat(listener.received()).doesNotContain(event);

        listener.outage().set(false);
        String replayPath = "/api/dead-letters/" + Topics.SUBMITTED + "/" + letter.get("partition").asInt() + "/"
                + letter.get("offset").asLong() + "/replay";
        HttpResponse<String> replayed = post(replayPath);

        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        assertThat(json(replayed).get("replayed").asBoolean()).isTrue();
        assertThat(json(replayed).get("replayedAt").asString()).isNotBlank();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(listener.received()).contains(event));
        String origin = Topics.SUBMITTED + "/" + letter.get("partition").asInt() + "/" + letter.get("offset").asLong();
        assertThat(listener.replayedFrom().get(eventId)).as("the replay names where it came from").isEqualTo(origin);

        HttpResponse<String> again = post(replayPath);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(again).get("type").asString())
            .isEqualTo("urn:csp-enrollment:problem:dead-letter-already-replayed");
        assertThat(json(again).get("code").asString()).isEqualTo("DEAD_LETTER_ALREADY_REPLAYED");
        // stored, so another instance or a restarted one refuses it too
        Document stored = mongo.getCollection(DeadLetterReplays.COLLECTION).find(new Document("_id", origin)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("state")).isEqualTo("REPLAYED");
        assertThat(listedEntry(Topics.SUBMITTED, event.getMetadata().getEnrollmentId()).get("replayed").asBoolean())
            .isTrue();
        // delivered once more than the failed attempts: the replay, and nothing after it
        await().during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(5))
            .until(() -> listener.received().stream().filter(event::equals).count() == 1);
    }

    @Test
    void theListIsOfTheTopicsItConsumesAndKeepsTheLimitInBounds() {
        HttpResponse<String> everyTopic = get("/api/dead-letters");
        HttpResponse<String> notConsumed = get("/api/dead-letters?topic=" + Topics.COMPLETED);
        HttpResponse<String> tooMany = get("/api/dead-letters?topic=" + Topics.SUBMITTED + "&limit=501");
        HttpResponse<String> notANumber = get("/api/dead-letters?topic=" + Topics.SUBMITTED + "&limit=ten");

        assertThat(everyTopic.statusCode()).as("without a topic: every topic it consumes").isEqualTo(200);
        assertThat(notConsumed.statusCode()).isEqualTo(400);
        assertThat(json(notConsumed).get("errors").get(0).get("message").asString()).contains(Topics.SUBMITTED);
        assertThat(json(notConsumed).get("type").asString()).isEqualTo("urn:csp-enrollment:problem:invalid-request");
        assertThat(json(tooMany).get("errors").get(0).get("code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(json(notANumber).get("errors").get(0).get("field").asString()).isEqualTo("limit");
    }

    @Test
    void replayingARecordThatNeverFailedIsNotFound() {
        HttpResponse<String> unknown = post("/api/dead-letters/" + Topics.SUBMITTED + "/0/999999999/replay");
        HttpResponse<String> notConsumed = post("/api/dead-letters/" + Topics.COMPLETED + "/0/0/replay");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("type").asString()).isEqualTo("urn:csp-enrollment:problem:dead-letter-not-found");
        assertThat(notConsumed.statusCode()).isEqualTo(404);
    }

    private JsonNode awaitListed(String topic, String key) {
        return await().atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> listedEntry(topic, key), letter -> letter != null);
    }

    private JsonNode listedEntry(String topic, String key) {
        HttpResponse<String> listed = get(
                "/api/dead-letters?" + (topic == null ? "" : "topic=" + topic + "&") + "limit=500");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return StreamSupport.stream(json(listed).spliterator(), false)
            .filter(letter -> key.equals(letter.get("key").asString()))
            .findFirst()
            .orElse(null);
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
    }

    private HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static void sendRaw(String topic, String key, byte[] value) {
        Map<String, Object> config = new HashMap<>(TestInfrastructure.get().kafkaAdminProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
        }
    }

}
