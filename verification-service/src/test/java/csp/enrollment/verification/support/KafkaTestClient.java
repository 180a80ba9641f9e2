package csp.enrollment.verification.support;

import csp.enrollment.serde.AvroDeserializer;
import csp.enrollment.serde.AvroSerializer;
import csp.enrollment.testinfra.TestInfrastructure;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Plain Kafka clients on the test broker: what an upstream producer and a downstream consumer would do. */
public final class KafkaTestClient {

    private final TestInfrastructure infrastructure = TestInfrastructure.get();

    /** Sends {@code event} with a real producer and returns where it landed. */
    public RecordMetadata send(String topic, String key, SpecificRecord event) {
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), avroSerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, event)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    public RecordMetadata sendBytes(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /** Every Avro event under {@code key} on {@code topic} from its beginning up to its current end. */
    public List<SpecificRecord> events(String topic, String key) {
        return records(topic, key, avroDeserializer()).stream().map(ConsumerRecord::value).map(SpecificRecord.class::cast).toList();
    }

    /** Every record under {@code key} on {@code topic}, as raw bytes. */
    public List<ConsumerRecord<String, byte[]>> rawRecords(String topic, String key) {
        return records(topic, key, new ByteArrayDeserializer());
    }

    /** The offset up to which {@code group} has committed its processing of {@code partition}, -1 if none. */
    public long committedOffset(String group, TopicPartition partition) {
        try (Admin admin = Admin.create(infrastructure.kafkaAdminProperties())) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            OffsetAndMetadata committed = offsets.get(partition);
            return committed == null ? -1 : committed.offset();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Could not read the offsets of " + group, e);
        }
    }

    private <V> List<ConsumerRecord<String, V>> records(String topic, String key, Deserializer<V> values) {
        Map<String, Object> config = new HashMap<>(infrastructure.kafkaAdminProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, V>> found = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(infrastructure.kafkaAdminProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    private AvroSerializer avroSerializer() {
        AvroSerializer serializer = new AvroSerializer();
        serializer.configure(Map.of("schema.registry.url", infrastructure.schemaRegistryUrl()), false);
        return serializer;
    }

    private AvroDeserializer avroDeserializer() {
        AvroDeserializer deserializer = new AvroDeserializer();
        deserializer.configure(Map.of("schema.registry.url", infrastructure.schemaRegistryUrl(), "specific.avro.reader", true), false);
        return deserializer;
    }
}
