package csp.enrollment.verification.support;

import csp.enrollment.testinfra.TestInfrastructure;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.testinfra.TestKafka.TopicReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * Everything a topic holds under a key at the moment of the call, read with
 * {@link TestKafka}'s reader up to the end the broker reports. "Nothing was published"
 * and "published exactly once" need the whole topic, not what one poll happened to bring.
 */
public final class TopicContents {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    private TopicContents() {
    }

    /**
     * The Avro events under {@code key} on {@code topic}, from its beginning up to its
     * current end.
     */
    public static List<SpecificRecord> events(String topic, String key) {
        try (TopicReader<Object> reader = TestKafka.events(topic)) {
            return upToTheEnd(reader, topic, key).stream()
                .map(ConsumerRecord::value)
                .map(SpecificRecord.class::cast)
                .toList();
        }
    }

    /**
     * The records under {@code key} on {@code topic}, as bytes, from its beginning up to
     * its current end.
     */
    public static List<ConsumerRecord<String, byte[]>> raw(String topic, String key) {
        try (TopicReader<byte[]> reader = TestKafka.raw(topic)) {
            return upToTheEnd(reader, topic, key);
        }
    }

    private static <V> List<ConsumerRecord<String, V>> upToTheEnd(TopicReader<V> reader, String topic, String key) {
        Map<Integer, Long> end = endOffsets(topic);
        List<ConsumerRecord<String, V>> read = await().atMost(CATCH_UP)
            .pollInterval(Duration.ofMillis(50))
            .until(reader::all, records -> reached(records, end));
        return read.stream().filter(record -> key.equals(record.key())).toList();
    }

    /**
     * Whether every partition's last record before {@code end} was read (no transactions:
     * offsets have no gaps).
     */
    private static boolean reached(List<? extends ConsumerRecord<String, ?>> records, Map<Integer, Long> end) {
        Map<Integer, Long> lastRead = records.stream()
            .collect(Collectors.toMap(ConsumerRecord::partition, ConsumerRecord::offset, Math::max));
        return end.entrySet()
            .stream()
            .allMatch(partition -> lastRead.getOrDefault(partition.getKey(), -1L) >= partition.getValue() - 1);
    }

    private static Map<Integer, Long> endOffsets(String topic) {
        try (Admin admin = Admin.create(TestInfrastructure.get().kafkaAdminProperties())) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic))
                .allTopicNames()
                .get()
                .get(topic)
                .partitions()
                .forEach(
                        partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest)
                .all()
                .get()
                .entrySet()
                .stream()
                .collect(Collectors.toMap(entry -> entry.getKey().partition(), entry -> entry.getValue().offset()));
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        catch (ExecutionException failed) {
            throw new IllegalStateException("Could not read the end offsets of " + topic, failed.getCause());
        }
    }

}
