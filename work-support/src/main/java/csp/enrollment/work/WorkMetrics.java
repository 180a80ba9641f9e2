package csp.enrollment.work;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The work of every service on {@code /actuator/prometheus}, all tagged with the work
 * {@code kind}: {@value #COMPLETED} and {@value #RETRIED} counted where outcomes are
 * stored, and {@value #PENDING}, the unfinished tickets of a kind, counted on the indexed
 * ticket collection at most once per {@link #PENDING_CACHE} however often it is scraped.
 */
interface WorkMetrics {

    String PENDING = "pipeline.work.pending";

    String COMPLETED = "pipeline.work.completed";

    String RETRIED = "pipeline.work.retried";

    Duration PENDING_CACHE = Duration.ofSeconds(5);

    WorkMetrics NONE = new WorkMetrics() {
    };

    /** Items whose done outcome was stored (their tickets removed). */
    default void completed(WorkKind kind, int items) {
    }

    /**
     * Items whose retry was stored: after the back-off, or at a time the handler named.
     */
    default void retried(WorkKind kind, int items) {
    }

    static WorkMetrics counting(MeterRegistry registry) {
        Map<String, Counter> counters = new ConcurrentHashMap<>();
        return new WorkMetrics() {

            @Override
            public void completed(WorkKind kind, int items) {
                add(COMPLETED, "Work items done", kind, items);
            }

            @Override
            public void retried(WorkKind kind, int items) {
                add(RETRIED, "Work items put back to be tried again", kind, items);
            }

            private void add(String name, String description, WorkKind kind, int items) {
                if (items > 0) {
                    counters
                        .computeIfAbsent(name + "|" + kind.name(),
                                key -> Counter.builder(name)
                                    .description(description)
                                    .tag("kind", kind.name())
                                    .register(registry))
                        .increment(items);
                }
            }
        };
    }

    /**
     * Registers a {@value #PENDING} gauge per kind, reading {@code pending} at most once
     * per {@link #PENDING_CACHE}.
     */
    static void registerPending(MeterRegistry registry, Collection<WorkKind> kinds, ToLongFunction<WorkKind> pending) {
        registerPending(registry, kinds, pending, System::nanoTime);
    }

    /**
     * As above, with the cache time measured by {@code nanoTime} (not the service's
     * clock, which a test may fix).
     */
    static void registerPending(MeterRegistry registry, Collection<WorkKind> kinds, ToLongFunction<WorkKind> pending,
            LongSupplier nanoTime) {
        for (WorkKind kind : kinds) {
            var count = new CachedCount(() -> pending.applyAsLong(kind), nanoTime, PENDING_CACHE);
            Gauge.builder(PENDING, count, CachedCount::value)
                .description("Work items not done yet (due, waiting for a retry, or being worked)")
                .tag("kind", kind.name())
                .strongReference(true)
                .register(registry);
        }
    }

    /**
     * A count read again only when the last reading is older than the cache time; NaN
     * until a read succeeds.
     */
    final class CachedCount {

        private final LongSupplier read;

        private final LongSupplier nanoTime;

        private final long cacheNanos;

        private double value = Double.NaN;

        private boolean hasReading;

        private long readAt;

        CachedCount(LongSupplier read, LongSupplier nanoTime, Duration cache) {
            this.read = read;
            this.nanoTime = nanoTime;
            this.cacheNanos = cache.toNanos();
        }

        synchronized double value() {
            long now = nanoTime.getAsLong();
            if (!hasReading || now - readAt >= cacheNanos) {
                hasReading = true;
                readAt = now;
                try {
                    value = read.getAsLong();
                }
                catch (RuntimeException storeDown) {
                    // keep the last reading; the next scrape after the cache time tries
                    // again
                }
            }
            return value;
        }

    }

}
