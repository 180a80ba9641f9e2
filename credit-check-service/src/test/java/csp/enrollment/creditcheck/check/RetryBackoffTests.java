package csp.enrollment.creditcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTests {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5));

    @Test
    void doublesTheWaitAfterEachFailure() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.delayAfter(9)).isEqualTo(Duration.ofSeconds(256));
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        assertThat(backoff.delayAfter(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void refusesInconsistentSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryBackoff(Duration.ZERO, 2, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryBackoff(Duration.ofMinutes(2), 2, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryBackoff(Duration.ofSeconds(1), 0.5, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> backoff.delayAfter(0));
    }
}
