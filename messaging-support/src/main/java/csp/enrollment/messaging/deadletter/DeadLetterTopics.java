package csp.enrollment.messaging.deadletter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import csp.enrollment.events.Topics;

/**
 * Reads dead-letter topics with a short-lived consumer of its own: assigned partitions,
 * no consumer group, nothing committed, so reading changes nothing for the service's
 * listeners. Dead letters are few; a read stops at the end of each partition as it was
 * when the read began.
 */
final class DeadLetterTopics {

    private final Map<String, Object> consumerProperties;

    private final String group;

    private final Duration timeout;

    /**
     * @param consumerProperties the service's consumer properties with the API's
     * overrides
     * @param group the service's consumer group: only the dead letters it failed are its
     * own
     * @param timeout how long one read may take
     */
    DeadLetterTopics(Map<String, Object> consumerProperties, String group, Duration timeout) {
        Map<String, Object> properties = new HashMap<>(consumerProperties);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.remove(ConsumerConfig.CLIENT_ID_CONFIG);
        properties.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumerProperties = Map.copyOf(properties);
        this.group = group;
        this.timeout = timeout;
    }

    /**
     * The newest {@code limit} dead letters of these topics' records, newest first, one
     * per original record.
     */
    List<DeadLetter> latest(Collection<String> topics, int limit) {
        List<DeadLetter> found = read(topics, limit, letter -> false);
        Map<RecordLocation, DeadLetter> byOriginal = new LinkedHashMap<>();
        found.stream()
            .sorted(Comparator.comparing(DeadLetter::deadLetteredAt).reversed())
            .forEach(letter -> byOriginal.putIfAbsent(letter.original(), letter));
        return byOriginal.values().stream().limit(limit).toList();
    }

    /** The dead letter of the record at {@code original}, if this service failed it. */
    Optional<DeadLetter> find(RecordLocation original) {
        return read(List.of(original.topic()), Integer.MAX_VALUE, letter -> letter.original().equals(original)).stream()
            .filter(letter -> letter.original().equals(original))
            .findFirst();
    }

    /**
     * This service's dead letters of {@code topics} among the last {@code perPartition}
     * records of each partition of their dead-letter topics, stopping early at the first
     * that matches {@code enough}. One consumer reads them all.
     */
    private List<DeadLetter> read(Collection<String> topics, int perPartition, Predicate<DeadLetter> enough) {
        Instant deadline = Instant.now().plus(timeout);
        try (var consumer = new KafkaConsumer<>(consumerProperties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> assigned = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> partitions = consumer.partitionsFor(Topics.deadLetterTopicOf(topic),
                        remaining(deadline));
                if (partitions != null) {
                    partitions.forEach(info -> assigned.add(new TopicPartition(info.topic(), info.partition())));
                }
            }
            if (assigned.isEmpty()) {
                return List.of();
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, remaining(deadline));
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(assigned, remaining(deadline));
            Map<TopicPartition, Long> toRead = new HashMap<>();
            consumer.assign(assigned);
            for (TopicPartition partition : assigned) {
                long end = ends.get(partition);
                long start = Math.max(beginnings.get(partition), end - perPartition);
                if (start < end) {
                    consumer.seek(partition, start);
                    toRead.put(partition, end);
                }
            }
            consumer.assign(toRead.keySet());
            List<DeadLetter> found = new ArrayList<>();
            while (!toRead.isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new DeadLettersUnavailableException(
                            "Reading the dead letters of " + topics + " took longer than " + timeout.toSeconds() + " s",
                            null);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Optional<DeadLetter> letter = DeadLetter.of(record).filter(of -> of.failedIn(group));
                    if (letter.isPresent()) {
                        found.add(letter.get());
                        if (enough.test(letter.get())) {
                            return found;
                        }
                    }
                }
                toRead.entrySet().removeIf(entry -> consumer.position(entry.getKey()) >= entry.getValue());
                consumer.assign(toRead.keySet());
            }
            return found;
        }
        catch (KafkaException unreachable) {
            throw new DeadLettersUnavailableException("Kafka did not answer reading the dead letters of " + topics,
                    unreachable);
        }
    }

    private static Duration remaining(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

}
