package csp.enrollment.verification.cases;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RelaySettingsTests {

    private final RelaySettings settings = new RelaySettings(true, Duration.ofSeconds(15), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ofMinutes(1), 100);

    @Test
    void backsOffExponentiallyUpToTheMaximum() {
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoffAfter(500)).isEqualTo(Duration.ofMinutes(1));
    }
}
