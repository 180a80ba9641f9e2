package csp.enrollment.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EventIdsTests {

    private final EventMetadataFactory metadata = new EventMetadataFactory("verification-service");

    @Test
    void derivesTheSameIdForTheSameInputAndOutputType() {
        String input = UUID.randomUUID().toString();

        assertThat(EventIds.derived(input, "ProfileVerified")).isEqualTo(EventIds.derived(input, "ProfileVerified"));
    }

    @Test
    void derivesDifferentIdsForDifferentOutputTypesOrInputs() {
        String input = UUID.randomUUID().toString();

        assertThat(EventIds.derived(input, "ProfileVerified")).isNotEqualTo(EventIds.derived(input, "ProfileRejected"));
        assertThat(EventIds.derived(input, "ProfileVerified"))
            .isNotEqualTo(EventIds.derived(UUID.randomUUID().toString(), "ProfileVerified"));
    }

    @Test
    void causedByKeepsTheEnrollmentAndCorrelationAndPointsAtTheCause() {
        var first = metadata.first("enrollment-1", "event-1", Instant.parse("2026-11-25T10:15:30.123456Z"));

        var caused = metadata.causedBy(first, "ProfileVerified", Instant.parse("2026-11-25T10:16:00Z"));

        assertThat(first.getOccurredAt()).isEqualTo(Instant.parse("2026-11-25T10:15:30.123Z"));
        assertThat(first.getCausationId()).isNull();
        assertThat(first.getCorrelationId()).isEqualTo("enrollment-1");
        assertThat(caused.getEventId()).isEqualTo(EventIds.derived("event-1", "ProfileVerified"));
        assertThat(caused.getEnrollmentId()).isEqualTo("enrollment-1");
        assertThat(caused.getCorrelationId()).isEqualTo("enrollment-1");
        assertThat(caused.getCausationId()).isEqualTo("event-1");
        assertThat(caused.getProducer()).isEqualTo("verification-service");
    }

}
