package csp.enrollment.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;

/**
 * Publishes a dead letter's original key, value and headers to its original topic,
 * without the headers that describe the failure and with
 * {@value DeadLetterHeaders#REPLAYED_FROM}. The bytes are sent as they were: no decoding,
 * so a record that failed to decode is replayed unchanged. Its producer starts at the
 * first replay.
 */
final class ReplayPublisher implements DisposableBean {

    private final Map<String, Object> producerProperties;

    private final Duration timeout;

    private KafkaProducer<byte[], byte[]> producer;

    ReplayPublisher(Map<String, Object> producerProperties, Duration timeout) {
        Map<String, Object> properties = new HashMap<>(producerProperties);
        properties.remove(ProducerConfig.CLIENT_ID_CONFIG);
        properties.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 30_000));
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producerProperties = Map.copyOf(properties);
        this.timeout = timeout;
    }

    /**
     * Publishes and waits for the broker's acknowledgement; the partition is the key's,
     * as for any event.
     */
    void publish(DeadLetter letter) {
        var headers = new RecordHeaders();
        letter.record().headers().forEach(header -> {
            if (!DeadLetterHeaders.describesTheFailure(header.key())) {
                headers.add(header);
            }
        });
        headers.add(DeadLetterHeaders.REPLAYED_FROM, letter.original().id().getBytes(StandardCharsets.UTF_8));
        var record = new ProducerRecord<>(letter.original().topic(), null, letter.record().key(),
                letter.record().value(), headers);
        try {
            producer().send(record).get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DeadLettersUnavailableException("Interrupted while replaying " + letter.original(), interrupted);
        }
        catch (ExecutionException | TimeoutException | RuntimeException failed) {
            throw new DeadLettersUnavailableException("Kafka did not take the replay of " + letter.original(),
                    failed instanceof ExecutionException ? failed.getCause() : failed);
        }
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerProperties, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @Override
    public synchronized void destroy() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

}
