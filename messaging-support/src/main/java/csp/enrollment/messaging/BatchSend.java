package csp.enrollment.messaging;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.springframework.core.NestedExceptionUtils;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;

/**
 * Sends a batch of records without waiting in between, then waits for every
 * acknowledgement, so a batch costs about one broker round trip instead of one per
 * record. The producer is idempotent, so records of one key keep their order. What stored
 * work publishes goes out this way, each record with the trace its work was stored in.
 */
public class BatchSend {

    private final KafkaOperations<String, Object> kafka;

    private final Duration timeout;

    private final RecordTracing tracing;

    BatchSend(KafkaOperations<String, Object> kafka, PipelineMessagingProperties properties, RecordTracing tracing) {
        this.kafka = kafka;
        this.timeout = properties.publishTimeout();
        this.tracing = tracing;
    }

    /**
     * A record to send, known to the caller by {@code id} (an enrollment or event id);
     * key = enrollment id; {@code traceparent} the trace of the work that publishes it
     * (null: the current one).
     */
    public record Record(String id, String topic, String key, SpecificRecord event, String traceparent) {
    }

    /**
     * @return why each record that was not acknowledged failed, by its id; empty when all
     * are out
     */
    public Map<String, String> send(List<Record> records) {
        Map<String, CompletableFuture<SendResult<String, Object>>> sent = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        String brokerAway = null;
        for (Record record : records) {
            if (brokerAway != null) {
                // every further send would block as long (max.block.ms) to fail the same
                // way
                failed.put(record.id(), "not sent: " + brokerAway);
                continue;
            }
            try {
                ProducerRecord<String, Object> out = new ProducerRecord<>(record.topic(), record.key(), record.event());
                tracing.addTo(out.headers(), record.traceparent());
                sent.put(record.id(), kafka.send(out));
            }
            catch (RuntimeException refused) {
                String why = "could not send to " + record.topic() + ": " + refused.getMessage();
                failed.put(record.id(), why);
                if (NestedExceptionUtils.getMostSpecificCause(refused) instanceof TimeoutException) {
                    brokerAway = why;
                }
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        sent.forEach((id, acknowledgement) -> {
            try {
                acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            catch (ExecutionException refused) {
                failed.put(id, "could not publish: " + refused.getCause().getMessage());
            }
            catch (java.util.concurrent.TimeoutException late) {
                failed.put(id, "no acknowledgement within " + timeout);
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                failed.put(id, "interrupted while publishing");
            }
        });
        return failed;
    }

}
