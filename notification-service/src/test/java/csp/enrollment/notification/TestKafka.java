package csp.enrollment.notification;

import csp.enrollment.serde.AvroSerdeConfig;
import csp.enrollment.serde.AvroSerializer;
import csp.enrollment.testinfra.TestInfrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients, as the producing services use them. */
public final class TestKafka {

    private TestKafka() {
    }

    /** Writes {@code event} to {@code topic} keyed by {@code key} (the enrollment id) and waits for the ack. */
    public static void publish(String topic, String key, SpecificRecord event) {
        AvroSerializer values = new AvroSerializer();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestInfrastructure.get().schemaRegistryUrl()),
                false);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                values)) {
            send(producer, new ProducerRecord<>(topic, key, event));
        }
    }

    /** Writes bytes that need not be Avro. */
    public static void publishRaw(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                new ByteArraySerializer())) {
            send(producer, new ProducerRecord<>(topic, key, value));
        }
    }

    private static Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(TestInfrastructure.get().kafkaAdminProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    private static <V> void send(KafkaProducer<String, V> producer, ProducerRecord<String, V> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException(failed.getCause());
        }
    }

    /** Everything on a topic from the beginning, values as bytes; no consumer group, so no rebalance to wait for. */
    public static final class RawTopicReader implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();

        public RawTopicReader(String topic) {
            consumer = new KafkaConsumer<>(new HashMap<>(TestInfrastructure.get().kafkaAdminProperties()),
                    new StringDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        /** The records with {@code key} read so far; call inside an Awaitility condition. */
        public List<ConsumerRecord<String, byte[]>> withKey(String key) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            return records.stream().filter(record -> key.equals(record.key())).toList();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
