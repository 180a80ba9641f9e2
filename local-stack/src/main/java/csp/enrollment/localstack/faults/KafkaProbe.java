package csp.enrollment.localstack.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import csp.enrollment.access.KafkaAccess;
import csp.enrollment.access.KafkaPrincipal;
import csp.enrollment.events.Topics;
import csp.enrollment.localstack.KafkaDevelopmentLogins;
import csp.enrollment.serde.AvroDeserializer;
import csp.enrollment.serde.AvroSerializer;

/**
 * Reads and writes the stack's topics from the outside: whole topics as raw bytes (a
 * topic may hold poison, so values are decoded one by one), dead-letter counts, and raw
 * records for poisoning. Each with the login a real client would need: status topics are
 * read as an upstream system; dead letters, every service's, as the admin (operations'
 * work); and since the ACLs let no one but a topic's producer write it, poison goes out
 * as that producer, as from a faulty release of it.
 */
final class KafkaProbe implements AutoCloseable {

    private static final Duration READ_LIMIT = Duration.ofSeconds(30);

    private final Map<String, Object> config = new HashMap<>();

    private final Map<KafkaPrincipal, KafkaProducer<String, byte[]>> producers = new HashMap<>();

    private final AvroSerializer serializer = new AvroSerializer();

    private final AvroDeserializer deserializer = new AvroDeserializer();

    KafkaProbe(FaultTarget target) {
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, target.bootstrapServers());
        config.put("schema.registry.url", target.registryUrl());
        config.put("specific.avro.reader", true);
        serializer.configure(config, false);
        deserializer.configure(config, false);
    }

    /**
     * A record as read: the key, the raw value, its value decoded if it decodes, and its
     * headers.
     */
    record Read(String topic, String key, byte[] value, Object decoded, Map<String, String> headers) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name));
        }
    }

    /** Every record of {@code topics} up to their current end. */
    List<Read> readAll(Collection<String> topics) {
        Map<String, Object> consumerConfig = readerOf(topics);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        List<Read> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_LIMIT.toNanos();
            while (!reachedEnd(consumer, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(new Read(record.topic(), record.key(), record.value(),
                            decode(record.topic(), record.value()), headers(record)));
                }
            }
        }
        return records;
    }

    /** Every record of the topics, decoded, whose value is of {@code type}. */
    <T> List<T> readAll(Collection<String> topics, Class<T> type) {
        return readAll(topics).stream().map(Read::decoded).filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Records in every dead-letter topic: what went to a .DLT during a scenario is the
     * difference.
     */
    long deadLetters() {
        List<String> deadLetterTopics = Topics.ALL.stream().map(Topics::deadLetterTopicOf).toList();
        Map<String, Object> consumerConfig = readerOf(deadLetterTopics);
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : deadLetterTopics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Bytes as the pipeline's producers write {@code record} to {@code topic} (Confluent
     * wire format).
     */
    byte[] serialize(String topic, Object record) {
        return serializer.serialize(topic, record);
    }

    void send(String topic, String key, byte[] value) {
        var producer = producers.computeIfAbsent(KafkaAccess.producerOf(topic), this::producerAs);
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, ex);
        }
        catch (java.util.concurrent.ExecutionException ex) {
            throw new IllegalStateException("Cannot send to " + topic + ": " + ex.getCause(), ex.getCause());
        }
    }

    private KafkaProducer<String, byte[]> producerAs(KafkaPrincipal principal) {
        Map<String, Object> producerConfig = new HashMap<>(config);
        producerConfig.putAll(KafkaDevelopmentLogins.of(principal).clientProperties());
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
    }

    /** Upstream's login and group for what upstream may read, else the admin's. */
    private Map<String, Object> readerOf(Collection<String> topics) {
        Map<String, Object> consumerConfig = new HashMap<>(config);
        boolean upstreamReads = KafkaAccess.UPSTREAM.reads().containsAll(topics);
        consumerConfig.putAll(
                (upstreamReads ? KafkaDevelopmentLogins.UPSTREAM : KafkaDevelopmentLogins.ADMIN).clientProperties());
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG,
                (upstreamReads ? KafkaAccess.UPSTREAM_GROUP_PREFIX : "") + "fault-suite-" + UUID.randomUUID());
        return consumerConfig;
    }

    private Object decode(String topic, byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            return deserializer.deserialize(topic, value);
        }
        catch (RuntimeException poison) {
            return null;
        }
    }

    private static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (var entry : end.entrySet()) {
            if (consumer.position(entry.getKey()) < entry.getValue()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        producers.values().forEach(producer -> producer.close(Duration.ofSeconds(5)));
        serializer.close();
        deserializer.close();
    }

}
