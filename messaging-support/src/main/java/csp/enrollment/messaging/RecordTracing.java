package csp.enrollment.messaging;

import java.nio.charset.StandardCharsets;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.common.header.Headers;

/**
 * Puts the trace onto an outgoing record as a W3C {@code traceparent} header, so the
 * consumer's listener observation continues it: the trace stored with the work that
 * publishes the record (work-support keeps it from the request or record that stored the
 * work), else the current span's. Spring Kafka's own template observation would do the
 * latter, but it asks the broker for the cluster id on the sending thread and blocks a
 * work thread while Kafka is unreachable.
 */
final class RecordTracing {

    static final String TRACEPARENT = "traceparent";

    /** Where the service does not trace: records carry no trace headers. */
    static final RecordTracing NONE = new RecordTracing(null, null);

    private final Tracer tracer;

    private final Propagator propagator;

    RecordTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /**
     * {@code stored} if the work carried a trace, else the current span's context, if
     * any.
     */
    void addTo(Headers headers, String stored) {
        if (stored != null) {
            headers.remove(TRACEPARENT);
            headers.add(TRACEPARENT, stored.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (tracer == null || propagator == null) {
            return;
        }
        TraceContext current = tracer.currentTraceContext().context();
        if (current != null) {
            propagator.inject(current, headers,
                    (carrier, key, value) -> carrier.add(key, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

}
