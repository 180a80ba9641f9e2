package csp.enrollment.testinfra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
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

import csp.enrollment.serde.AvroDeserializer;
import csp.enrollment.serde.AvroSerdeConfig;
import csp.enrollment.serde.AvroSerializer;

/**
 * Plain Kafka clients for tests, as an upstream system or another service would use them:
 * write events or raw bytes, read a topic from the beginning, look at a consumer group's
 * progress.
 */
public final class TestKafka {

    private TestKafka() {
    }

    /**
     * Writes {@code event} as Avro in the Confluent wire format and waits for the
     * broker's acknowledgement.
     */
    public static RecordMetadata publish(String topic, String key, SpecificRecord event) {
        AvroSerializer values = new AvroSerializer();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestInfrastructure.get().schemaRegistryUrl()),
                false);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                values)) {
            return send(producer, new ProducerRecord<>(topic, key, event));
        }
    }

    /** Writes {@code value} as it is: bytes that need not be Avro. */
    public static RecordMetadata publishRaw(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                new ByteArraySerializer())) {
            return send(producer, new ProducerRecord<>(topic, key, value));
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

    /**
     * The offset {@code group} has committed on {@code partition}, or -1: once it is past
     * a record, the service has finished with that record (a check that nothing happens
     * needs this).
     */
    public static long committedOffset(String group, TopicPartition partition) {
        try (Admin admin = Admin.create(TestInfrastructure.get().kafkaAdminProperties())) {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get()
                .get(partition);
            return committed == null ? -1 : committed.offset();
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        catch (ExecutionException failed) {
            throw new IllegalStateException("Could not read the offsets of " + group, failed.getCause());
        }
    }

    private static Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(TestInfrastructure.get().kafkaAdminProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    private static <V> RecordMetadata send(KafkaProducer<String, V> producer, ProducerRecord<String, V> record) {
        try {
            return producer.send(record).get();
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
     * Everything written to a topic, read from the beginning of every partition without a
     * consumer group. Call {@link #withKey} inside an Awaitility condition.
     */
    public static final class TopicReader<V> implements AutoCloseable {

        private final KafkaConsumer<String, V> consumer;

        private final List<ConsumerRecord<String, V>> records = new ArrayList<>();

        TopicReader(String topic, Deserializer<V> values) {
            consumer = new KafkaConsumer<>(new HashMap<>(TestInfrastructure.get().kafkaAdminProperties()),
                    new StringDeserializer(), values);
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
                .stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        /**
         * The records with {@code key} read so far, after reading what arrived since the
         * last call.
         */
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

        /**
         * Every record written before this call: reads each partition up to its end
         * offset as it is now. A check that something was NOT published needs this; one
         * poll may have read nothing yet.
         */
        public synchronized List<ConsumerRecord<String, V>> allUpToNow() {
            Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read up to the end offsets " + ends + " in 30 s");
                }
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
            return List.copyOf(records);
        }

        /** The records with {@code key} among {@link #allUpToNow()}. */
        public List<ConsumerRecord<String, V>> withKeyUpToNow(String key) {
            return allUpToNow().stream().filter(record -> key.equals(record.key())).toList();
        }

        @Override
        public synchronized void close() {
            consumer.close();
        }

    }

}
