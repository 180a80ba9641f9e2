package csp.enrollment.infrastructure.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Clients of one identity against a broker, as an application would configure them, each
 * call answering what the broker made of it: written, read, or the exception that refused
 * it.
 */
final class KafkaClientProbe {

    /**
     * Long enough for a first metadata round trip and a log-in, short enough to see a
     * refusal soon.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(8);

    private final Map<String, Object> config;

    private KafkaClientProbe(Map<String, Object> config) {
        this.config = config;
    }

    static KafkaClientProbe as(EmbeddedKafkaBroker broker, ScramUser user) {
        return new KafkaClientProbe(broker.clientProperties(user));
    }

    /** A client that speaks no SASL at all. */
    static KafkaClientProbe plaintext(String bootstrapServers) {
        return new KafkaClientProbe(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /**
     * Null when the record was written with an idempotent producer and acks=all; else why
     * not.
     */
    Throwable write(String topic) {
        Map<String, Object> producerConfig = new HashMap<>(config);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, PATIENCE.toMillis());
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis() * 2);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis());
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", "value")).get(PATIENCE.toSeconds() * 3, TimeUnit.SECONDS);
            return null;
        }
        catch (ExecutionException e) {
            return refusalIn(e.getCause());
        }
        catch (Exception e) {
            return refusalIn(e);
        }
    }

    /**
     * The broker's refusal behind what the client threw: a producer refused its producer
     * id fails later sends with "in an error state", the refusal as the cause.
     */
    private static Throwable refusalIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException) {
                return cause;
            }
        }
        return thrown;
    }

    /**
     * Reads {@code topic} from the start as a member of {@code group} until
     * {@code expected} records came; throws what the broker refused.
     */
    List<String> read(String topic, String group, int expected) {
        Map<String, Object> consumerConfig = new HashMap<>(config);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos() * 2;
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
            consumer.commitSync();
        }
        return values;
    }

    /** Null when {@link #read} took a record; else what refused it. */
    Throwable readOne(String topic, String group) {
        try {
            return read(topic, group, 1).isEmpty() ? new AssertionError("nothing to read on " + topic) : null;
        }
        catch (RuntimeException e) {
            return e;
        }
    }

    /** Null when the admin request to create the topic succeeded; else why not. */
    Throwable createTopic(String topic) {
        Map<String, Object> adminConfig = new HashMap<>(config);
        adminConfig.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis());
        adminConfig.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis());
        try (Admin admin = Admin.create(adminConfig)) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1)))
                .all()
                .get(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS);
            return null;
        }
        catch (ExecutionException e) {
            return e.getCause();
        }
        catch (Exception e) {
            return e;
        }
    }

}
