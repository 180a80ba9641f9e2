package csp.enrollment.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import com.mongodb.client.MongoClients;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import csp.enrollment.events.Topics;
import csp.enrollment.serde.AvroSerializer;

/**
 * Contract §11 on the whole local stack: after applications over HTTP and Kafka went
 * through, the full account number is in no file of the data directory (but the input
 * topic's), in no topic (but the input topic), in no log line and in no stored document
 * but as cipher text; after an erasure, no stored document and no API shows the partner's
 * name, e-mail or address.
 */
class PersonalDataScanIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static final String IBAN = "NL91ABNA0417164300";

    /**
     * The account without the IBAN's country and check digits: found if the IBAN were
     * stored in pieces.
     */
    private static final String ACCOUNT = "0417164300";

    @TempDir
    static Path dataDir;

    private static LocalStack stack;

    private static PipelineClient client;

    private static final ListAppender<ILoggingEvent> logs = new ListAppender<>();

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
    void noFullAccountNumberOutsideTheInputTopicAndNoPersonalDataOfAnErasedEnrollment() throws Exception {
        String rejectedEmail = "erase.rejected." + UUID.randomUUID() + "@fabrikam.nl";
        String failedEmail = "erase.failed." + UUID.randomUUID() + "@fabrikam.nl";
        Map<String, String> finalStatus = new LinkedHashMap<>();
        String rejected = submit(SampleApplications.directBill("700101", rejectedEmail, "120000.00"));
        finalStatus.put(rejected, "REJECTED");
        client.putMembership("700102", "ACTIVE", "NL");
        client.putCreditReport("700102", 10);
        String failed = submit(SampleApplications.directBill("700102", failedEmail, "350000.00"));
        finalStatus.put(failed, "CREDIT_CHECK_FAILED");
        client.putMembership("700103", "ACTIVE", "NL");
        finalStatus.put(submit(SampleApplications.indirectReseller("700103", "kept.103@fabrikam.nl")), "VERIFIED");
        client.putMembership("700104", "ACTIVE", "NL");
        client.putCreditReport("700104", 90);
        publish(SampleApplications.directBillRecord("700104", UUID.randomUUID().toString(), "kafka.104@fabrikam.nl",
                "420000.00"));
        publish(SampleApplications.indirectResellerRecord("700105", UUID.randomUUID().toString(),
                "kafka.105@fabrikam.nl"));
        await("every enrollment at its final status").atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(500))
            .untilAsserted(() -> {
                for (var expected : finalStatus.entrySet()) {
                    assertThat(status(expected.getKey())).as(expected.getKey()).isEqualTo(expected.getValue());
                }
            });
        await("the Kafka applications submitted").atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(500))
            .until(() -> records(Topics.SUBMITTED, false).size() == 5);

        // bank details: nowhere in the clear but on the input topic
        for (String topic : allTopics()) {
            if (!topic.equals(Topics.APPLICATIONS)) {
                assertThat(records(topic)).as(topic).noneMatch(value -> contains(value, ACCOUNT));
            }
        }
        assertThat(filesContaining(ACCOUNT)).as("files of the data directory holding the account").isEmpty();
        assertThat(storedDocuments()).as("stored documents").noneMatch(json -> json.contains(ACCOUNT));
        assertThat(logLines()).as("log lines").isNotEmpty().noneMatch(line -> line.contains(ACCOUNT));

        // erasure: final enrollments only
        String verified = finalStatus.keySet()
            .stream()
            .filter(id -> finalStatus.get(id).equals("VERIFIED"))
            .findFirst()
            .orElseThrow();
        assertThat(client.erasePersonalData(verified).status()).isEqualTo(409);
        for (String id : List.of(rejected, failed)) {
            assertThat(client.erasePersonalData(id).status()).as("erasing %s", id).isEqualTo(202);
            assertThat(client.enrollment(id).body().path("personalData").asString()).isEqualTo("ERASED");
        }
        await("every service erased what it held").atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(500))
            .untilAsserted(() -> assertThat(storedDocuments()).as("stored documents")
                .noneMatch(json -> json.contains(rejectedEmail) || json.contains(failedEmail)));
        for (String id : List.of(rejected, failed)) {
            assertThat(storedDocuments().stream().filter(json -> json.contains(id)))
                .as("documents of erased enrollment %s", id)
                .isNotEmpty()
                .noneMatch(json -> json.contains("de Vries") || json.contains("Keizersgracht")
                        || json.contains("1015 CJ") || json.contains("Contoso"));
            assertThat(client.creditCheck(id).body().toString()).doesNotContain("Contoso", "de Vries", "@");
            assertThat(client.notifications(id).body().toString()).doesNotContain("fabrikam.nl", "de Vries");
        }
        assertThat(storedDocuments()).as("a kept enrollment keeps its data")
            .anyMatch(json -> json.contains("kept.103@fabrikam.nl"));
    }

    private static String submit(String body) throws IOException {
        var answer = client.submit(body);
        assertThat(answer.status()).isEqualTo(202);
        return answer.body().path("enrollmentId").asString();
    }

    private static String status(String enrollmentId) throws IOException {
        return client.enrollment(enrollmentId).body().path("status").asString();
    }

    private static void publish(Object application) throws Exception {
        Map<String, Object> config = new HashMap<>(
                stack.parts().kafka.clientProperties(KafkaDevelopmentLogins.UPSTREAM));
        config.put("schema.registry.url", stack.parts().registry.url());
        var serializer = new AvroSerializer();
        serializer.configure(config, false);
        try (var producer = new KafkaProducer<String, Object>(config, new StringSerializer(), serializer)) {
            producer.send(new ProducerRecord<>(Topics.APPLICATIONS, "crm-" + UUID.randomUUID(), application))
                .get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> allTopics() throws Exception {
        try (Admin admin = Admin.create(adminProperties())) {
            return List.copyOf(admin.listTopics().names().get(30, TimeUnit.SECONDS));
        }
    }

    /**
     * Every record value and header value of {@code topic}, as the bytes on the wire
     * (decompressed by the consumer).
     */
    private static List<byte[]> records(String topic) throws Exception {
        return records(topic, true);
    }

    private static List<byte[]> records(String topic, boolean withHeaders) throws Exception {
        Map<String, Object> config = adminProperties();
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic)
                .stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<byte[]> values = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                assertThat(System.nanoTime()).as("reading %s to its end", topic).isLessThan(deadline);
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() != null) {
                        values.add(record.value());
                    }
                    if (withHeaders) {
                        record.headers().forEach(header -> values.add(header.value()));
                    }
                }
            }
            return values;
        }
    }

    private static Map<String, Object> adminProperties() {
        return new HashMap<>(stack.parts().kafka.clientProperties(KafkaDevelopmentLogins.ADMIN));
    }

    /**
     * Files under the data directory holding {@code text}, but the input topic's
     * partitions.
     */
    private static List<Path> filesContaining(String text) throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile)
                .filter(file -> IntStream.range(0, file.getNameCount())
                    .noneMatch(i -> file.getName(i).toString().startsWith(Topics.APPLICATIONS + "-")))
                .filter(file -> {
                    try {
                        return contains(Files.readAllBytes(file), text);
                    }
                    catch (IOException gone) {
                        return false; // a segment deleted while walking holds nothing any
                                      // more
                    }
                })
                .toList();
        }
    }

    /** Every document of every collection of every database, as JSON. */
    private static List<String> storedDocuments() {
        List<String> documents = new ArrayList<>();
        try (var mongo = MongoClients.create(stack.parts().mongo.connectionString())) {
            for (String database : mongo.listDatabaseNames()) {
                for (String collection : mongo.getDatabase(database).listCollectionNames()) {
                    for (Document document : mongo.getDatabase(database).getCollection(collection).find()) {
                        documents.add(document.toJson());
                    }
                }
            }
        }
        return documents;
    }

    private static List<String> logLines() {
        synchronized (logs) {
            return logs.list.stream()
                .map(event -> event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                        : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .toList();
        }
    }

    private static boolean contains(byte[] haystack, String text) {
        return indexOf(haystack, text.getBytes(StandardCharsets.UTF_8)) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

}
