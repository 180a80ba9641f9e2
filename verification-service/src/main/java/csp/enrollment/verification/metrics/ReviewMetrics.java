package csp.enrollment.verification.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import csp.enrollment.verification.cases.VerificationCase;
import csp.enrollment.verification.cases.Verifications;

/**
 * The review queue on {@code /actuator/prometheus} (docs/metrics.md): {@value #PENDING},
 * the reviews waiting for a person, and {@value #OLDEST_AGE}, how long the oldest of them
 * has waited (0 when none). Both read the review index, at most once per {@link #CACHE}
 * however often they are scraped; the age is counted from the cached request time, so it
 * grows between readings.
 */
@Component
class ReviewMetrics implements MeterBinder {

    static final String PENDING = "reviews.pending";
    static final String OLDEST_AGE = "reviews.oldest.pending.age";
    static final Duration CACHE = Duration.ofSeconds(5);

    private final Verifications verifications;

    private final Clock clock;

    private boolean hasReading;

    private long readAt;

    private long pending;

    private Instant oldestRequestedAt;

    ReviewMetrics(Verifications verifications, Clock clock) {
        this.verifications = verifications;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(PENDING, this, ReviewMetrics::pending)
            .description("Reviews waiting for a person's decision")
            .register(registry);
        Gauge.builder(OLDEST_AGE, this, ReviewMetrics::oldestAgeSeconds)
            .description("How long the oldest pending review has waited; 0 when none is pending")
            .baseUnit("seconds")
            .register(registry);
    }

    synchronized double pending() {
        refresh();
        return pending;
    }

    synchronized double oldestAgeSeconds() {
        refresh();
        if (oldestRequestedAt == null) {
            return 0;
        }
        return Math.max(0, Duration.between(oldestRequestedAt, clock.instant()).toMillis() / 1000.0);
    }

    /**
     * Two indexed reads, when the last ones are older than {@link #CACHE} (measured by
     * {@code nanoTime}, not the service's clock, which a test may fix); the last readings
     * stay when MongoDB is away.
     */
    private void refresh() {
        long now = System.nanoTime();
        if (hasReading && now - readAt < CACHE.toNanos()) {
            return;
        }
        hasReading = true;
        readAt = now;
        try {
            pending = verifications.countPendingReviews();
            oldestRequestedAt = verifications.pendingReviews(null, 1)
                .stream()
                .findFirst()
                .map(VerificationCase::review)
                .map(review -> review.requestedAt())
                .orElse(null);
        }
        catch (RuntimeException storeDown) {
            // keep the last readings
        }
    }

}
