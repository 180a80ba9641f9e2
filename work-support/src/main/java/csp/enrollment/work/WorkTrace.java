package csp.enrollment.work;

/**
 * The trace a piece of work belongs to, as a W3C {@code traceparent}: captured when the
 * work is reserved (on the request or consumer thread that stored it) and handed to its
 * handler with the item, so the event it publishes later, from another thread, continues
 * the same trace.
 */
@FunctionalInterface
public interface WorkTrace {

    /** No tracing in this service: work carries no trace. */
    WorkTrace NONE = () -> null;

    /**
     * The current trace context as a {@code traceparent} header value, or null outside
     * any trace.
     */
    String currentTraceparent();

}
