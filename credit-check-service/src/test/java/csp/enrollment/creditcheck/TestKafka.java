package csp.enrollment.creditcheck;

import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Topics;
import csp.enrollment.serde.AvroDeserializer;
import csp.enrollment.serde.AvroSerdeConfig;
import csp.enrollment.serde.AvroSerializer;
import csp.enrollment.testinfra.TestInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients, as another service would use them: writes input events and reads what came out. */
public final class TestKafka {

    private TestKafka() {
    }

    /** Writes {@code event} to {@code enrollment.profile-verified}, keyed by its enrollment id, and waits for the ack. */
    public static RecordMetadata publish(ProfileVerified event) {
        // A client does not configure serializer instances it is given.
        AvroSerializer values = new AvroSerializer();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestInfrastructure.get().schemaRegistryUrl()),
                false);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                values)) {
            return send(producer, Topics.PROFILE_VERIFIED, event.getMetadata().getEnrollmentId(), event);
        }
    }

    /** Writes {@code value} as it is, bytes that need not be Avro. */
    public static RecordMetadata publishRaw(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                new ByteArraySerializer())) {
            return send(producer, topic, key, value);
        }
    }

    /** Reads the decision topics from the beginning. */
    public static TopicReader<Object> decisions() {
        AvroDeserializer values = new AvroDeserializer();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestInfrastructure.get().schemaRegistryUrl(),
                AvroSerdeConfig.SPECIFIC_AVRO_READER, "true"), false);
        return new TopicReader<>(List.of(Topics.CREDIT_CHECK_PASSED, Topics.CREDIT_CHECK_FAILED), values);
    }

    /** Reads {@code topic} from the beginning, values as bytes. */
    public static TopicReader<byte[]> raw(String topic) {
        return new TopicReader<>(List.of(topic), new ByteArrayDeserializer());
    }

    private static Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(TestInfrastructure.get().kafkaAdminProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    private static <V> RecordMetadata send(KafkaProducer<String, V> producer, String topic, String key, V value) {
        try {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException(failed.getCause());
        }
    }

    /**
     * Everything written to some topics, read from the beginning of every partition (no consumer
     * group, so no rebalancing to wait for). Call {@link #withKey} inside an Awaitility condition.
     */
    public static final class TopicReader<V> implements AutoCloseable {

        private final KafkaConsumer<String, V> consumer;
        private final List<ConsumerRecord<String, V>> records = new ArrayList<>();

        TopicReader(List<String> topics, Deserializer<V> values) {
            consumer = new KafkaConsumer<>(new HashMap<>(TestInfrastructure.get().kafkaAdminProperties()),
                    new StringDeserializer(), values);
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(partition -> partitions.add(new TopicPartition(topic, partition.partition())));
            }
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

        @Override
        public synchronized void close() {
            consumer.close();
        }
    }
}
