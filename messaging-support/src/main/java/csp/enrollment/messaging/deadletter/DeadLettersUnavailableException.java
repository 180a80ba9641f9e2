package csp.enrollment.messaging.deadletter;

/**
 * Kafka did not answer a read of a dead-letter topic or a replay in time: the API answers
 * 503.
 */
public class DeadLettersUnavailableException extends RuntimeException {

    DeadLettersUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

}
