package csp.enrollment.messaging;

/**
 * An event could not be written to Kafka (broker unreachable, timeout, serialization).
 */
public class EventPublishingException extends RuntimeException {

    public EventPublishingException(String message, Throwable cause) {
        super(message, cause);
    }

}
