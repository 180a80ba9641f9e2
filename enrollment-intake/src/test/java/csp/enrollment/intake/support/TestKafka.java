package csp.enrollment.intake.support;

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
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import csp.enrollment.serde.AvroDeserializer;
import csp.enrollment.serde.AvroSerdeConfig;
import csp.enrollment.serde.AvroSerializer;
import csp.enrollment.testinfra.TestInfrastructure;

/** Plain Kafka clients, as an upstream system or another service would use them. */
public final class TestKafka {

    private TestKafka() {
    }

    /** Writes {@code event} as Avro in the Confluent wire format and waits for the broker's acknowledgement. */
    public static void publish(String topic, String key, SpecificRecord event) {
        AvroSerializer values = new AvroSerializer();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestInfrastructure.get().schemaRegistryUrl()), false);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), values)) {
            send(producer, new ProducerRecord<>(topic, key, event));
        }
    }

    /** Writes {@code value} as it is: bytes that need not be Avro. */
    public static void publishRaw(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                new ByteArraySerializer())) {
            send(producer, new ProducerRecord<>(topic, key, value));
        }
    }

    /** Reads {@code topic} from the beginning, values decoded as Avro. */
    public static TopicReader<Object> events(String topic) {
        AvroDeserializer values = new AvroDeserializer();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestInfrastructure.get().schemaRegistryUrl(),
                AvroSerdeConfig.SPECIFIC_AVRO_READER, "true"), false);
        return new TopicReader<>(topic, values);
    }

    /** Reads {@code topic} from the beginning, values as bytes. */
    public static TopicReader<byte[]> raw(String topic) {
        return new TopicReader<>(topic, new ByteArrayDeserializer());
    }

    private static Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(TestInfrastructure.get().kafkaAdminProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    private static <V> void send(KafkaProducer<String, V> producer, ProducerRecord<String, V> record) {
        try {
            producer.send(record).get();
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        catch (ExecutionException failed) {
            throw new IllegalStateException(failed.getCause());
        }
    }

    /**
     * Everything written to a topic, read from the beginning of every partition without a consumer
     * group. Call {@link #withKey} inside an Awaitility condition.
     */
    public static final class TopicReader<V> implements AutoCloseable {

        private final KafkaConsumer<String, V> consumer;
        private final List<ConsumerRecord<String, V>> records = new ArrayList<>();

        TopicReader(String topic, Deserializer<V> values) {
            consumer = new KafkaConsumer<>(new HashMap<>(TestInfrastructure.get().kafkaAdminProperties()),
                    new StringDeserializer(), values);
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        /** The records with {@code key} read so far, after reading what arrived since the last call. */
        public synchronized List<ConsumerRecord<String, V>> withKey(String key) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            return records.stream().filter(record -> key.equals(record.key())).toList();
        }

        /** The values with {@code key}, see {@link #withKey}. */
        public List<V> valuesWithKey(String key) {
            return withKey(key).stream().map(ConsumerRecord::value).toList();
        }

        /** Every record read so far, after reading what arrived since the last call. */
        public synchronized List<ConsumerRecord<String, V>> all() {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            return List.copyOf(records);
        }

        @Override
        public synchronized void close() {
            consumer.close();
        }
    }
}
