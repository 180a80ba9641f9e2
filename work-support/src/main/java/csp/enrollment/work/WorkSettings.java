package csp.enrollment.work;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How every service does its stored work ({@code pipeline.work.*}); one shape for all
 * kinds, with per-kind overrides under {@code pipeline.work.kinds.<kind>.*}.
 *
 * @param sweepInterval how often due or abandoned work is looked for; recovery only,
 * since new work is started the moment it is stored
 * @param batchSize most items handed to a handler at once
 * @param threads threads per kind that work items off the caller's thread
 * @param lease how long a claimed item is reserved for one instance; longer than one
 * batch takes
 * @param backoff waits between failed attempts
 * @param kinds overrides of {@code lease} and {@code backoff} per kind
 */
@ConfigurationProperties("pipeline.work")
public record WorkSettings(@DefaultValue("1s") Duration sweepInterval, @DefaultValue("100") int batchSize,
        @DefaultValue("2") int threads, @DefaultValue("60s") Duration lease, @DefaultValue Retry backoff,
        Map<String, KindSettings> kinds) {

    public WorkSettings {
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("pipeline.work.batch-size and threads are at least 1");
        }
    }

    /** The defaults, as a service gets them without any configuration. */
    public static WorkSettings defaults() {
        return new WorkSettings(Duration.ofSeconds(1), 100, 2, Duration.ofSeconds(60),
                new Retry(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5)), Map.of());
    }

    Duration leaseOf(WorkKind kind) {
        KindSettings own = kinds.get(kind.name());
        return own != null && own.lease() != null ? own.lease() : lease;
    }

    /**
     * The back-off of a kind (its own, else the shared one), for a handler that says when
     * to try again itself.
     */
    public Backoff backoffOf(WorkKind kind) {
        KindSettings own = kinds.get(kind.name());
        Retry retry = own != null && own.backoff() != null ? own.backoff() : backoff;
        return new Backoff(retry.initial(), retry.multiplier(), retry.max());
    }

    /** Bounded exponential back-off: initial, initial × multiplier, … at most max. */
    public record Retry(@DefaultValue("1s") Duration initial, @DefaultValue("2.0") double multiplier,
            @DefaultValue("5m") Duration max) {
    }

    /** A kind's own lease and back-off; either may be left out. */
    public record KindSettings(Duration lease, Retry backoff) {
    }
}
