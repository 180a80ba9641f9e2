package csp.enrollment.messaging;

/**
 * A listener received a record of a type it does not handle (a producer wrote to the
 * wrong topic). Retrying cannot help, so the shared error handler dead-letters it at once
 * instead of holding up the partition. Names the type only: the record itself may hold
 * bank details.
 */
public class UnexpectedEventException extends RuntimeException {

    public UnexpectedEventException(Object event) {
        super("No handler for a record of type " + (event == null ? "null" : event.getClass().getName()));
    }

}
