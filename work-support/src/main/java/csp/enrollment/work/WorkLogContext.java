package csp.enrollment.work;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The logging context (MDC) of the lines written while one item of stored work is done. A
 * handler runs on a worker thread, often for a batch of enrollments, so neither the
 * tracer nor a listener has put anything there: this names the item's enrollment
 * ({@value #ENROLLMENT_ID}) and the trace the work was stored in ({@value #TRACE_ID},
 * {@value #SPAN_ID}, read from its {@code traceparent}), the same keys as a request's or
 * a record's lines, and puts back what was there on close.
 *
 * <pre>{@code
 * try (var context = WorkLogContext.of(traces.get(email.id()), email.enrollmentId())) {
 *     log.info("E-mail {} sent", email.id());
 * }
 * }</pre>
 */
public final class WorkLogContext implements AutoCloseable {

    public static final String TRACE_ID = "traceId";

    public static final String SPAN_ID = "spanId";

    public static final String ENROLLMENT_ID = "enrollmentId";

    /**
     * W3C trace context: version, trace id, parent span id, flags; an all-zero id is
     * invalid.
     */
    private static final Pattern TRACEPARENT = Pattern
        .compile("[0-9a-f]{2}-(?!0{32})([0-9a-f]{32})-(?!0{16})([0-9a-f]{16})-[0-9a-f]{2}");

    private final Map<String, String> previous = new HashMap<>();

    private WorkLogContext(Map<String, String> values) {
        values.forEach((key, value) -> {
            previous.put(key, MDC.get(key));
            MDC.put(key, value);
        });
    }

    /**
     * Opens the context of one item: its trace (nothing when {@code traceparent} is null
     * or not a valid W3C value, e.g. for a timer) and its enrollment (nothing when null).
     */
    public static WorkLogContext of(String traceparent, String enrollmentId) {
        Map<String, String> values = new HashMap<>();
        Matcher trace = traceparent == null ? null : TRACEPARENT.matcher(traceparent);
        if (trace != null && trace.matches()) {
            values.put(TRACE_ID, trace.group(1));
            values.put(SPAN_ID, trace.group(2));
        }
        if (enrollmentId != null) {
            values.put(ENROLLMENT_ID, enrollmentId);
        }
        return new WorkLogContext(values);
    }

    /** The context of an item whose ref is its enrollment's id. */
    public static WorkLogContext of(PendingWork item) {
        return of(item.traceparent(), item.ref());
    }

    /**
     * Each item's {@code traceparent} by its ref (null where it has none), to open a
     * context per item of a batch.
     */
    public static Map<String, String> traceparents(List<PendingWork> items) {
        Map<String, String> traces = new HashMap<>();
        items.forEach(item -> traces.put(item.ref(), item.traceparent()));
        return traces;
    }

    /**
     * Puts back what the context held before: a batch's next item, or the thread's own
     * context, starts clean.
     */
    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                MDC.remove(key);
            }
            else {
                MDC.put(key, value);
            }
        });
    }

}
