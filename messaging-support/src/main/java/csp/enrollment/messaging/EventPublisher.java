package csp.enrollment.messaging;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Publishes an event and waits for the broker's acknowledgement, so a listener returns (and its
 * offset commits) only once its output event is safely written.
 */
public class EventPublisher {

    private final KafkaOperations<String, Object> kafka;
    private final PipelineMessagingProperties properties;

    public EventPublisher(KafkaOperations<String, Object> kafka, PipelineMessagingProperties properties) {
        this.kafka = kafka;
        this.properties = properties;
    }

    /**
     * Writes {@code event} to {@code topic} under {@code key} (the enrollment id).
     *
     * @throws EventPublishingException if the broker did not acknowledge in time
     */
    public void publish(String topic, String key, SpecificRecord event) {
        String what = event.getSchema().getName() + " for enrollment " + key + " to " + topic;
        try {
            kafka.send(topic, key, event).get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
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
            throw new EventPublishingException("No acknowledgement within " + properties.publishTimeout()
                    + " when publishing " + what, ex);
        }
        catch (RuntimeException ex) {
            throw new EventPublishingException("Could not publish " + what + ": " + ex.getMessage(), ex);
        }
    }
}
