package csp.enrollment.localstack.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The yardstick: the same number of records of the same size as the applications,
 * produced and consumed once on the same broker with the same producer guarantees
 * (idempotent, acks=all). The pipeline moves each application through several topics, a
 * database and SMTP; the ratio says what that costs compared with Kafka alone. It creates
 * a topic of its own, so it runs as the admin: the same SASL/SCRAM log-in as every client
 * of the stack, none of the pipeline's ACLs.
 */
final class KafkaBaseline {

    private static final String TOPIC = "benchmark.kafka-baseline";

    private KafkaBaseline() {
    }

    /** Records per second from the first send until the last record was consumed. */
    static double recordsPerSecond(Map<String, Object> kafkaClient, int records, int recordSize) throws Exception {
        String topic = TOPIC + "-" + System.currentTimeMillis();
        try (Admin admin = Admin.create(kafkaClient)) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
        }
        byte[] value = new byte[recordSize];
        new Random(42).nextBytes(value);
        Map<String, Object> consumerConfig = new HashMap<>(kafkaClient);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-baseline");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, Object> producerConfig = new HashMap<>(kafkaClient);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
                var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer())) {
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            long begin = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, "key-" + i, value));
            }
            producer.flush();
            int consumed = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (consumed < records && System.nanoTime() < deadline) {
                consumed += consumer.poll(Duration.ofMillis(100)).count();
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            return consumed / seconds;
        }
    }

}
