package csp.enrollment.verification.messaging;

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
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import csp.enrollment.messaging.PipelineMessagingProperties;

/**
 * Sends a batch of records without waiting in between, then waits for every acknowledgement, so a
 * batch costs about one broker round trip instead of one per record. The producer is idempotent,
 * so records of one key keep their order.
 */
@Component
class BatchSend {

    private final KafkaOperations<String, Object> kafka;
    private final Duration timeout;

    @SuppressWarnings("unchecked")
    BatchSend(KafkaTemplate<?, ?> kafka, PipelineMessagingProperties properties) {
        this.kafka = (KafkaOperations<String, Object>) kafka;
        this.timeout = properties.publishTimeout();
    }

    /** A record to send, known to the caller by {@code id} (an enrollment or event id); key = enrollment id. */
    record Record(String id, String topic, String key, SpecificRecord event) {
    }

    /** @return why each record that was not acknowledged failed, by its id; empty when all are out */
    Map<String, String> send(List<Record> records) {
        Map<String, CompletableFuture<SendResult<String, Object>>> sent = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        String brokerAway = null;
        for (Record record : records) {
            if (brokerAway != null) {
                // every further send would block as long (max.block.ms) to fail the same way
                failed.put(record.id(), "not sent: " + brokerAway);
                continue;
            }
            try {
                sent.put(record.id(), kafka.send(record.topic(), record.key(), record.event()));
            } catch (RuntimeException refused) {
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
            } catch (ExecutionException refused) {
                failed.put(id, "could not publish: " + refused.getCause().getMessage());
            } catch (java.util.concurrent.TimeoutException late) {
                failed.put(id, "no acknowledgement within " + timeout);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                failed.put(id, "interrupted while publishing");
            }
        });
        return failed;
    }
}
