package csp.enrollment.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryBackoffTests {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(5), Duration.ofMinutes(30));

    @Test
    void waitsTheMinimumAfterTheFirstFailure() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void doublesTheWaitAfterEachFurtherFailure() {
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.delayAfter(9)).isEqualTo(Duration.ofSeconds(5 * 256));
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        assertThat(backoff.delayAfter(10)).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void treatsAnAttemptCountBelowOneAsTheFirstFailure() {
        assertThat(backoff.delayAfter(0)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void rejectsAMaximumBelowTheMinimumOrAZeroMinimum() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
