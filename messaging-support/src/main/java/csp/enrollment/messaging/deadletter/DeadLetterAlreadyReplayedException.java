package csp.enrollment.messaging.deadletter;

/** The dead letter was replayed before, or is being replayed: the API answers 409. */
public class DeadLetterAlreadyReplayedException extends RuntimeException {

    DeadLetterAlreadyReplayedException(RecordLocation original) {
        super("The dead letter of the record " + original + " was replayed already; a dead letter is replayed once.");
    }

}
