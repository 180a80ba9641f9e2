package csp.enrollment.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * The trace a published record carries: the one stored with its work, else the current
 * span's.
 */
class RecordTracingTests {

    private static final String STORED = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void theTraceStoredWithTheWorkIsPutOnTheRecord() {
        RecordHeaders headers = new RecordHeaders();

        RecordTracing.NONE.addTo(headers, STORED);

        assertThat(new String(headers.lastHeader("traceparent").value(), StandardCharsets.UTF_8)).isEqualTo(STORED);
    }

    @Test
    void withoutAStoredTraceOrATracerTheRecordCarriesNone() {
        RecordHeaders headers = new RecordHeaders();

        RecordTracing.NONE.addTo(headers, null);

        assertThat(headers.toArray()).isEmpty();
    }

}
