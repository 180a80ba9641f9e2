package csp.enrollment.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class WorkLogContextTests {

    private static final WorkKind KIND = new WorkKind("send-email");

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void namesTheTraceAndTheEnrollmentOfTheItemWhileOpen() {
        try (var context = WorkLogContext.of(TRACEPARENT, "e-1")) {
            assertThat(MDC.getCopyOfContextMap()).containsEntry("traceId", "4bf92f3577b34da6a3ce929d0e0e4736")
                .containsEntry("spanId", "00f067aa0ba902b7")
                .containsEntry("enrollmentId", "e-1");
        }
        assertThat(MDC.getCopyOfContextMap()).as("nothing left behind for the next item").isNullOrEmpty();
    }

    @Test
    void putsBackWhatTheThreadHeldBefore() {
        MDC.put("traceId", "0af7651916cd43dd8448eb211c80319c");
        MDC.put("requestId", "r-7");
        try (var context = WorkLogContext.of(TRACEPARENT, "e-1")) {
            assertThat(MDC.get("traceId")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        }
        assertThat(MDC.getCopyOfContextMap())
            .isEqualTo(Map.of("traceId", "0af7651916cd43dd8448eb211c80319c", "requestId", "r-7"));
    }

    @Test
    void aTimerOrAMalformedTraceparentNamesOnlyTheEnrollment() {
        for (String noTrace : new String[] { null, "", "garbage",
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", TRACEPARENT + "\nforged line" }) {
            try (var context = WorkLogContext.of(noTrace, "e-2")) {
                assertThat(MDC.getCopyOfContextMap()).as("traceparent %s", noTrace)
                    .isEqualTo(Map.of("enrollmentId", "e-2"));
            }
        }
    }

    @Test
    void anItemWhoseRefIsItsEnrollmentAndTheTracesOfABatch() {
        PendingWork traced = new PendingWork(KIND, "e-3", 0, null, TRACEPARENT);
        PendingWork timer = new PendingWork(KIND, "e-4", 0, null);
        try (var context = WorkLogContext.of(traced)) {
            assertThat(MDC.get("enrollmentId")).isEqualTo("e-3");
            assertThat(MDC.get("traceId")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        }
        assertThat(WorkLogContext.traceparents(List.of(traced, timer))).containsEntry("e-3", TRACEPARENT)
            .containsEntry("e-4", null)
            .hasSize(2);
    }

}
