package csp.enrollment.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import csp.enrollment.events.Topics;
import tools.jackson.databind.json.JsonMapper;

/**
 * One trace through the whole pipeline (docs/observability.md): a {@code traceparent}
 * sent with the POST is the trace id of the log lines every service writes while handling
 * that enrollment, the lines written while a listener handles its records or a worker
 * does its stored work (asking the bureau, sending an e-mail) name the enrollment, and
 * every record published for it carries the trace on (including what stored work
 * publishes later, from another thread).
 */
class TracingIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** The loggers of each service's own code. */
    private static final Map<String, String> SERVICES = Map.of("enrollment-intake", "csp.enrollment.intake.",
            "verification-service", "csp.enrollment.verification.", "credit-check-service",
            "csp.enrollment.creditcheck.", "notification-service", "csp.enrollment.notification.");

    @TempDir
    static java.nio.file.Path dataDir;

    private static LocalStack stack;

    private static PipelineClient client;

    /** Keeps each line's logging context (MDC) as it was on the thread that wrote it. */
    private static final ListAppender<ILoggingEvent> logs = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            super.append(event);
        }
    };

    @BeforeAll
    static void start() {
        stack = LocalStack.startOnFreePorts(dataDir);
        client = new PipelineClient(stack.urls());
        // after the start: each service's start sets the logging system up afresh,
        // dropping appenders added before
        logs.start();
        root().addAppender(logs);
    }

    @AfterAll
    static void stop() {
        root().detachAppender(logs);
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aTraceparentSentWithThePostIsTheTraceOfEveryServiceAndEveryRecordOfTheEnrollment() throws Exception {
        client.putMembership("731001", "ACTIVE", "NL");
        client.putCreditReport("731001", 90);
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";

        HttpResponse<String> accepted = submitInTrace(
                SampleApplications.directBill("731001", "traced." + UUID.randomUUID() + "@fabrikam.nl", "420000.00"),
                traceparent);
        assertThat(accepted.statusCode()).isEqualTo(202);
        String enrollmentId = JsonMapper.builder().build().readTree(accepted.body()).path("enrollmentId").asString();
        await("credit check passed").atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(500))
            .until(() -> client.enrollment(enrollmentId)
                .body()
                .path("status")
                .asString()
                .equals("CREDIT_CHECK_PASSED"));

        await("every service logged in the trace").atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(500))
            .untilAsserted(() -> SERVICES.forEach(
                    (service, code) -> assertThat(linesInTrace(traceId)).as("%s logged in trace %s", service, traceId)
                        .anyMatch(event -> event.getLoggerName().startsWith(code))));
        for (String consumer : List.of("verification-service", "credit-check-service", "notification-service")) {
            assertThat(linesInTrace(traceId)).as("%s names the enrollment while handling its record", consumer)
                .anyMatch(event -> event.getLoggerName().startsWith(SERVICES.get(consumer))
                        && enrollmentId.equals(event.getMDCPropertyMap().get("enrollmentId")));
        }
        await("the work done later, on worker threads, logged in the trace and named the enrollment").atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(500))
            .untilAsserted(() -> assertThat(linesInTrace(traceId))
                .filteredOn(event -> enrollmentId.equals(event.getMDCPropertyMap().get("enrollmentId")))
                .extracting(ILoggingEvent::getLoggerName)
                .contains("csp.enrollment.creditcheck.check.AskBureau",
                        "csp.enrollment.notification.email.SendEmails"));
        for (String topic : List.of(Topics.SUBMITTED, Topics.PROFILE_VERIFIED, Topics.CREDIT_CHECK_PASSED)) {
            assertThat(traceparentsOf(topic, enrollmentId)).as("traceparent headers on %s", topic)
                .isNotEmpty()
                .allSatisfy(header -> assertThat(header).startsWith("00-" + traceId + "-"));
        }
    }

    @Test
    void aRequestsProblemNamesItsTraceAndItsLogLinesNameTheEnrollment() throws Exception {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";
        var submitted = client
            .submit(SampleApplications.indirectReseller("731002", "asked." + UUID.randomUUID() + "@fabrikam.nl"));
        String enrollmentId = submitted.body().path("enrollmentId").asString();

        HttpResponse<String> refused = sendInTrace("/api/enrollments/" + enrollmentId + "/agreement", """
                {"agreement": "MICROSOFT_PARTNER_AGREEMENT", "version": "2026-01",
                 "acceptedBy": {"name": "Daan Jansen", "email": "daan@fabrikam.nl"}}""", traceparent);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JsonMapper.builder().build().readTree(refused.body()).path("traceId").asString())
            .as("the problem names the request's trace")
            .isEqualTo(traceId);
        assertThat(linesInTrace(traceId)).as("intake's lines while it handled the request name the enrollment")
            .anyMatch(event -> event.getLoggerName().startsWith(SERVICES.get("enrollment-intake"))
                    && enrollmentId.equals(event.getMDCPropertyMap().get("enrollmentId")));
        HttpResponse<String> unauthorized = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(stack.urls().intake() + "/api/enrollments/" + enrollmentId))
                .header("traceparent", traceparent)
                .GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(JsonMapper.builder().build().readTree(unauthorized.body()).path("traceId").asString())
            .as("a refused token's problem too")
            .isEqualTo(traceId);
    }

    private static List<ILoggingEvent> linesInTrace(String traceId) {
        synchronized (logs) {
            return new ArrayList<>(logs.list).stream()
                .filter(event -> traceId.equals(event.getMDCPropertyMap().get("traceId")))
                .toList();
        }
    }

    private static HttpResponse<String> submitInTrace(String body, String traceparent) throws Exception {
        return sendInTrace("/api/enrollments", body, traceparent);
    }

    /**
     * POSTs {@code body} to intake's {@code path} with an operator's token, in the trace
     * of {@code traceparent}.
     */
    private static HttpResponse<String> sendInTrace(String path, String body, String traceparent) throws Exception {
        String token = ClientCredentialsToken.operatorCli(stack.urls().issuer()).value();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.urls().intake() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("traceparent", traceparent)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The {@code traceparent} headers of the records of {@code topic} keyed by
     * {@code enrollmentId}.
     */
    private static List<String> traceparentsOf(String topic, String enrollmentId) {
        Map<String, Object> config = new HashMap<>(stack.parts().kafka.clientProperties(KafkaDevelopmentLogins.ADMIN));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic)
                .stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<String> found = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                assertThat(System.nanoTime()).as("reading %s to its end", topic).isLessThan(deadline);
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (enrollmentId.equals(record.key())) {
                        Header header = record.headers().lastHeader("traceparent");
                        found.add(header == null ? "none" : new String(header.value(), StandardCharsets.UTF_8));
                    }
                }
            }
            return found;
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

}
