package csp.enrollment.localstack.faults;

import csp.enrollment.localstack.PipelineClient;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.Topics;
import csp.enrollment.localstack.SampleApplications;

/**
 * (d) Poison on every input topic: random bytes, a record under a schema id the registry
 * never issued, and a valid record of a type the topic does not carry. Each consumer of
 * the topic must put each of them on {@code <topic>.DLT} with the cause in the headers
 * and go on: an application sent afterwards, over HTTP and over Kafka, still completes.
 */
final class PoisonRecordScenario {

    static final String NAME = "poison records";

    /**
     * Every input topic and the consumer groups (services) that read it (the services'
     * READMEs).
     */
    static final Map<String, List<String>> CONSUMERS = consumers();

    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    static final String EXCEPTION_MESSAGE = "kafka_dlt-exception-message";
    static final String ROOT_CAUSE = "pipeline_dlt-root-cause";
    static final String CONSUMER_GROUP = "kafka_dlt-original-consumer-group";

    /**
     * The IBAN inside the wrong-type records (SampleApplications' records): it must not
     * surface in a header.
     */
    private static final String POISON_IBAN = "NL91ABNA0417164300";

    /**
     * A record that can never be processed should be dead-lettered at once, not after
     * retries.
     */
    private static final Duration SLOW = Duration.ofSeconds(10);

    enum Poison {

        RANDOM_BYTES, UNKNOWN_SCHEMA_ID, WRONG_TYPE

    }

    private final InProcessStack stack;

    private final FaultSettings settings;

    private final Progress progress;

    PoisonRecordScenario(InProcessStack stack, FaultSettings settings, Progress progress) {
        this.stack = stack;
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * One dead letter the scenario waits for: a poison record as one consumer group gave
     * it up.
     */
    private record Expected(String topic, Poison poison, String key, String group) {
    }

    ScenarioResult run() throws Exception {
        var result = new ScenarioResult.Builder(NAME);
        var http = new PipelineClient(stack.target().urls());
        try (var kafka = new KafkaProbe(stack.target())) {
            long deadLettersBefore = kafka.deadLetters();
            byte[] submittedBytes = anEnrollmentSubmitted(kafka, http);
            byte[] applicationBytes = kafka.serialize(Topics.APPLICATIONS, SampleApplications
                .indirectResellerRecord("1234567", UUID.randomUUID().toString(), "poison@fabrikam.nl"));
            String run = UUID.randomUUID().toString().substring(0, 8);
            List<Expected> expected = new ArrayList<>();
            for (var entry : CONSUMERS.entrySet()) {
                String topic = entry.getKey();
                for (Poison poison : Poison.values()) {
                    String key = "poison-" + run + "-" + poison + "-" + topic;
                    byte[] value = switch (poison) {
                        case RANDOM_BYTES -> randomBytes();
                        case UNKNOWN_SCHEMA_ID -> unknownSchemaId();
                        // Each topic gets a type none of its consumers handles.
                        case WRONG_TYPE -> topic.equals(Topics.APPLICATIONS) ? submittedBytes : applicationBytes;
                    };
                    kafka.send(topic, key, value);
                    entry.getValue().forEach(group -> expected.add(new Expected(topic, poison, key, group)));
                }
            }
            int poisonRecords = CONSUMERS.size() * Poison.values().length;
            say("%d poison records on %d input topics; %d dead letters expected (one per consumer group)",
                    poisonRecords, CONSUMERS.size(), expected.size());

            List<PlannedApplication> afterwards = PlannedApplication.plan(4, "poison", 2,
                    List.of(JourneyKind.DIRECT_PASSED, JourneyKind.INDIRECT));
            PartnerDirectory.prepare(http, afterwards);
            Map<PlannedApplication, String> enrollmentIds = new HashMap<>();
            var overHttp = afterwards.get(0);
            enrollmentIds.put(overHttp,
                    http.submit(overHttp.body(), overHttp.idempotencyKey()).body().path("enrollmentId").asString());
            var overKafka = afterwards.get(1);
            kafka.send(Topics.APPLICATIONS, overKafka.idempotencyKey(),
                    kafka.serialize(Topics.APPLICATIONS, SampleApplications.indirectResellerRecord(overKafka.mpnId(),
                            overKafka.tenantId(), overKafka.adminEmail())));
            say("then a valid application over HTTP and one over Kafka");

            long sentAt = System.nanoTime();
            Map<Expected, Long> seenAfter = new HashMap<>();
            Map<Expected, KafkaProbe.Read> found = awaitDeadLetters(kafka, expected, sentAt, seenAfter);
            Optional<String> kafkaEnrollment = enrollmentOf(kafka, overKafka.tenantId());
            kafkaEnrollment.ifPresent(id -> enrollmentIds.put(overKafka, id));
            var outcome = new JourneyWatcher(http, stack.mail(), progress, "poison").await(enrollmentIds,
                    settings.patience(), System.nanoTime());
            long deadLetters = kafka.deadLetters() - deadLettersBefore;

            List<String> missing = expected.stream()
                .filter(e -> !found.containsKey(e))
                .map(e -> e.poison() + " on " + e.topic() + " by " + e.group())
                .toList();
            List<String> withoutCause = found.entrySet()
                .stream()
                .filter(e -> !hasCause(e.getKey(), e.getValue()))
                .map(e -> e.getKey().poison() + " on " + e.getKey().topic() + " by " + e.getKey().group())
                .toList();
            result.applications(afterwards.size())
                .lost(outcome.incomplete() + (kafkaEnrollment.isPresent() ? 0 : 1))
                .duplicatedEmails(outcome.duplicatedEmails())
                .deadLettered(deadLetters)
                .serverErrors(http.serverErrors())
                .check(missing.isEmpty(), missing.size() + " poison records never reached their .DLT: " + missing)
                .check(withoutCause.isEmpty(), "dead letters without topic, message or root cause: " + withoutCause)
                .check(kafkaEnrollment.isPresent(), "the application sent over Kafka after the poison was not accepted")
                .check(outcome.problems().isEmpty(), "incomplete after the poison: " + outcome.problems())
                .check(outcome.duplicatedEmails() == 0, outcome.duplicatedEmails() + " e-mails sent twice")
                .check(http.serverErrors() == 0, http.serverErrors() + " answers were 5xx")
                .note(poisonRecords + " poison records (" + Poison.values().length + " kinds on each of "
                        + CONSUMERS.size() + " input topics) gave " + found.size() + "/" + expected.size()
                        + " dead letters with topic, message and root cause");
            for (Poison poison : Poison.values()) {
                result.note(poison + ": dead-lettered within " + slowest(seenAfter, poison) + "; e.g. "
                        + example(found, poison));
            }
            List<String> leaking = found.entrySet()
                .stream()
                .filter(e -> e.getValue().headers().values().stream().anyMatch(v -> v.contains(POISON_IBAN)))
                .map(e -> e.getKey().poison() + " on " + e.getKey().topic() + " by " + e.getKey().group())
                .toList();
            result.check(leaking.isEmpty(), leaking.size() + " dead letters carry the record's IBAN in plain text "
                    + "in their exception headers (the listener's MessageConversionException quotes the whole payload): "
                    + leaking);
            long slowestWrongType = seenAfter.entrySet()
                .stream()
                .filter(e -> e.getKey().poison() == Poison.WRONG_TYPE)
                .mapToLong(Map.Entry::getValue)
                .max()
                .orElse(0);
            result.check(slowestWrongType < SLOW.toNanos(),
                    "a record of the wrong type is retried as if it "
                            + "could succeed, stalling the listener that read it (every topic it reads) for "
                            + slowest(seenAfter, Poison.WRONG_TYPE) + " before it is dead-lettered");
            if (deadLetters != expected.size()) {
                result.note(deadLetters + " dead letters in all, " + expected.size() + " expected");
            }
        }
        return result.build();
    }

    private Map<Expected, KafkaProbe.Read> awaitDeadLetters(KafkaProbe kafka, List<Expected> expected, long sentAt,
            Map<Expected, Long> seenAfter) throws InterruptedException {
        List<String> deadLetterTopics = CONSUMERS.keySet().stream().map(Topics::deadLetterTopicOf).toList();
        Map<Expected, KafkaProbe.Read> found = new LinkedHashMap<>();
        long begin = System.nanoTime();
        long deadline = begin + settings.patience().toNanos();
        long nextReport = begin + Duration.ofSeconds(10).toNanos();
        while (found.size() < expected.size() && System.nanoTime() < deadline) {
            Map<String, KafkaProbe.Read> byKeyAndGroup = new HashMap<>();
            for (var read : kafka.readAll(deadLetterTopics)) {
                byKeyAndGroup.put(read.key() + "|" + read.header(CONSUMER_GROUP).orElse(""), read);
            }
            for (Expected e : expected) {
                var read = byKeyAndGroup.get(e.key() + "|" + e.group());
                if (read != null && read.topic().equals(Topics.deadLetterTopicOf(e.topic()))
                        && found.putIfAbsent(e, read) == null) {
                    seenAfter.put(e, System.nanoTime() - sentAt);
                }
            }
            if (System.nanoTime() > nextReport) {
                say("%d/%d dead letters so far", found.size(), expected.size());
                nextReport = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            }
            if (found.size() < expected.size()) {
                Thread.sleep(1000);
            }
        }
        say("%d/%d dead letters after %.1f s", found.size(), expected.size(), (System.nanoTime() - begin) / 1e9);
        return found;
    }

    private static boolean hasCause(Expected expected, KafkaProbe.Read read) {
        return read.header(ORIGINAL_TOPIC).filter(expected.topic()::equals).isPresent()
                && read.header(EXCEPTION_MESSAGE).filter(message -> !message.isBlank()).isPresent()
                && read.header(ROOT_CAUSE).filter(cause -> !cause.isBlank()).isPresent();
    }

    /**
     * The slowest of a kind's dead letters, by consumer group, e.g. "31.2 s
     * (notification-service)".
     */
    private static String slowest(Map<Expected, Long> seenAfter, Poison poison) {
        return seenAfter.entrySet()
            .stream()
            .filter(e -> e.getKey().poison() == poison)
            .max(Map.Entry.comparingByValue())
            .map(e -> String.format(java.util.Locale.ROOT, "%.1f s (%s on %s)", e.getValue() / 1e9, e.getKey().group(),
                    e.getKey().topic()))
            .orElse("never");
    }

    /**
     * A dead letter of a status topic if there is one (its consumers handle several
     * types), cut short.
     */
    private static String example(Map<Expected, KafkaProbe.Read> found, Poison poison) {
        return found.entrySet()
            .stream()
            .filter(e -> e.getKey().poison() == poison)
            .sorted(java.util.Comparator.comparing(e -> e.getKey().topic().equals(Topics.PROFILE_VERIFIED) ? 0 : 1))
            .findFirst()
            .map(e -> e.getKey().topic() + " by " + e.getKey().group() + ": "
                    + shorten(e.getValue().header(ROOT_CAUSE).orElse("?")))
            .orElse("none");
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "...";
    }

    /**
     * The bytes of a real EnrollmentSubmitted, as intake wrote them to
     * enrollment.submitted; if the topic is still empty, one application is submitted
     * first.
     */
    private static byte[] anEnrollmentSubmitted(KafkaProbe kafka, PipelineClient http) throws Exception {
        for (int attempt = 0; attempt < 60; attempt++) {
            var submitted = kafka.readAll(List.of(Topics.SUBMITTED))
                .stream()
                .filter(read -> read.decoded() instanceof EnrollmentSubmitted)
                .findFirst();
            if (submitted.isPresent()) {
                return submitted.get().value();
            }
            if (attempt == 0) {
                var warmUp = PlannedApplication.plan(4, "warmup", 1, List.of(JourneyKind.INDIRECT)).get(0);
                http.submit(warmUp.body(), warmUp.idempotencyKey());
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("No EnrollmentSubmitted appeared on " + Topics.SUBMITTED);
    }

    private static Optional<String> enrollmentOf(KafkaProbe kafka, String tenantId) throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            var submitted = kafka.readAll(List.of(Topics.SUBMITTED), EnrollmentSubmitted.class)
                .stream()
                .filter(event -> event.getTenantId().equals(tenantId))
                .findFirst();
            if (submitted.isPresent()) {
                return Optional.of(submitted.get().getMetadata().getEnrollmentId());
            }
            Thread.sleep(500);
        }
        return Optional.empty();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[64 + ThreadLocalRandom.current().nextInt(64)];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] = (byte) 0x7f; // not the wire format's magic byte, so it cannot pass for
                                // Avro by chance
        return bytes;
    }

    /** Magic byte 0, schema id 999999, then a plausible payload. */
    private static byte[] unknownSchemaId() {
        byte[] payload = new byte[32];
        ThreadLocalRandom.current().nextBytes(payload);
        return ByteBuffer.allocate(5 + payload.length).put((byte) 0).putInt(999_999).put(payload).array();
    }

    private void say(String format, Object... args) {
        progress.say("poison", format, args);
    }

    private static Map<String, List<String>> consumers() {
        String intake = "enrollment-intake";
        String verification = "verification-service";
        String creditCheck = "credit-check-service";
        String notification = "notification-service";
        Map<String, List<String>> consumers = new LinkedHashMap<>();
        consumers.put(Topics.APPLICATIONS, List.of(intake));
        consumers.put(Topics.SUBMITTED, List.of(verification, notification));
        consumers.put(Topics.REVIEW_REQUESTED, List.of(intake, notification));
        consumers.put(Topics.PROFILE_VERIFIED, List.of(intake, creditCheck, notification));
        consumers.put(Topics.PROFILE_REJECTED, List.of(intake, notification));
        consumers.put(Topics.CREDIT_CHECK_PASSED, List.of(intake, notification));
        consumers.put(Topics.CREDIT_CHECK_FAILED, List.of(intake, verification, notification));
        consumers.put(Topics.AGREEMENT_ACCEPTED, List.of(notification));
        consumers.put(Topics.SUPPORT_PLAN_RECORDED, List.of(notification));
        consumers.put(Topics.COMPLETED, List.of(notification));
        consumers.put(Topics.TRANSITIONED, List.of(verification, notification));
        return java.util.Collections.unmodifiableMap(consumers);
    }

}
