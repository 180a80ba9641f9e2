package csp.enrollment.messaging.deadletter;

/** No dead letter of this service for that record: the API answers 404. */
public class DeadLetterNotFoundException extends RuntimeException {

    DeadLetterNotFoundException(RecordLocation original) {
        super("No dead letter of the record " + original + " among the topics this service consumes.");
    }

}
