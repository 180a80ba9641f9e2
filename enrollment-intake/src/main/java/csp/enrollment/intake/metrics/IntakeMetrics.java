package csp.enrollment.intake.metrics;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import csp.enrollment.intake.application.Submission;
import csp.enrollment.intake.enrollment.IntakeMonitor;
import csp.enrollment.intake.status.EnrollmentStatus;

/**
 * Intake's counters on {@code /actuator/prometheus} (docs/metrics.md):
 * {@value #SUBMITTED} by {@code channel} and {@code type}, {@value #STATUS} by
 * {@code status}, and the histogram {@value #TIME_TO_STATUS} by {@code status}. Every tag
 * value comes from a closed set (two channels, two types, eight statuses).
 */
@Component
class IntakeMetrics implements IntakeMonitor {

    static final String SUBMITTED = "enrollments.submitted";
    static final String STATUS = "enrollments.status";
    static final String TIME_TO_STATUS = "enrollments.time.to.status";

    /**
     * A few fixed buckets, from a verification at once to a partner who completes weeks
     * later: enough for the percentiles an operator asks for, at a dozen series per
     * status instead of a hundred.
     */
    private static final Duration[] BUCKETS = { Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1),
            Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30) };

    private final MeterRegistry registry;

    IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void accepted(Submission.Channel channel, String enrollmentType) {
        Counter.builder(SUBMITTED)
            .description("Enrollments accepted, by channel and enrollment type")
            .tag("channel", channel.name())
            .tag("type", String.valueOf(enrollmentType))
            .register(registry)
            .increment();
    }

    @Override
    public void statusApplied(EnrollmentStatus status, Instant submittedAt, Instant reachedAt) {
        Counter.builder(STATUS)
            .description("Status events applied to an enrollment's view, by status")
            .tag("status", status.name())
            .register(registry)
            .increment();
        if (submittedAt != null && reachedAt != null) {
            // never negative, whatever the clocks of two services say
            Duration since = Duration.between(submittedAt, reachedAt);
            Timer.builder(TIME_TO_STATUS)
                .description("From an enrollment's submission to each status it reached")
                .tag("status", status.name())
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(since.isNegative() ? Duration.ZERO : since);
        }
    }

}
