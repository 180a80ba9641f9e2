package csp.enrollment.messaging;

/**
 * A consumer refuses a well-formed record because applying it would break its rules (e.g.
 * a {@code CreditCheckPassed} for an enrollment already {@code REJECTED}). Retrying
 * cannot make the record acceptable, so the shared error handler dead-letters it at once,
 * not applied, and the partition moves on; the reason travels in the dead letter's
 * exception headers. The reason must name ids, statuses and rule codes only, never
 * personal data or bank details.
 */
public class RefusedEventException extends RuntimeException {

    public RefusedEventException(String reason) {
        super(reason);
    }

}
