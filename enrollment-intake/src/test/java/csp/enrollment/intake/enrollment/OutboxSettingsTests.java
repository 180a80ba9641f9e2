package csp.enrollment.intake.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OutboxSettingsTests {

    private final OutboxSettings settings = new OutboxSettings(Duration.ofSeconds(1), Duration.ofSeconds(90),
            Duration.ofSeconds(1), Duration.ofMinutes(5), 100);

    @Test
    void waitsTheInitialBackoffAfterTheFirstFailure() {
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void doublesTheWaitAfterEachFurtherFailure() {
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        assertThat(settings.backoffAfter(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(settings.backoffAfter(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.backoffAfter(10_000)).isEqualTo(Duration.ofMinutes(5));
    }
}
