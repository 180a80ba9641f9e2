package csp.enrollment.messaging;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Publishes an event and waits for the broker's acknowledgement, so a listener returns
 * (and its offset commits) only once its output event is safely written. The record
 * carries the current trace ({@code traceparent}).
 */
public class EventPublisher {

    private final KafkaOperations<String, Object> kafka;

    private final PipelineMessagingProperties properties;

    private final RecordTracing tracing;

    public EventPublisher(KafkaOperations<String, Object> kafka, PipelineMessagingProperties properties) {
        this(kafka, properties, RecordTracing.NONE);
    }

    EventPublisher(KafkaOperations<String, Object> kafka, PipelineMessagingProperties properties,
            RecordTracing tracing) {
        this.kafka = kafka;
        this.properties = properties;
        this.tracing = tracing;
    }

    /**
     * Writes {@code event} to {@code topic} under {@code key} (the enrollment id).
     * @throws EventPublishingException if the broker did not acknowledge in time
     */
    public void publish(String topic, String key, SpecificRecord event) {
        publish(topic, key, event, null);
    }

    /**
     * As {@link #publish(String, String, SpecificRecord)}, in the trace
     * {@code traceparent} (the trace stored with the work that publishes it) instead of
     * the current one; null: the current one.
     */
    public void publish(String topic, String key, SpecificRecord event, String traceparent) {
        String what = event.getSchema().getName() + " for enrollment " + key + " to " + topic;
        try {
            ProducerRecord<String, Object> record = new ProducerRecord<>(topic, key, event);
            tracing.addTo(record.headers(), traceparent);
            kafka.send(record).get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new EventPublishingException("Interrupted while publishing " + what, ex);
        }
        catch (ExecutionException ex) {
            throw new EventPublishingException("Could not publish " + what + ": " + ex.getCause().getMessage(),
                    ex.getCause());
        }
        catch (TimeoutException ex) {
            throw new EventPublishingException(
                    "No acknowledgement within " + properties.publishTimeout() + " when publishing " + what, ex);
        }
        catch (RuntimeException ex) {
            throw new EventPublishingException("Could not publish " + what + ": " + ex.getMessage(), ex);
        }
    }

}
