package csp.enrollment.intake.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import csp.enrollment.intake.application.Submission;
import csp.enrollment.intake.enrollment.IntakeMonitor;
import csp.enrollment.intake.status.EnrollmentStatus;

/**
 * Intake's counters on {@code /actuator/prometheus} (docs/metrics.md): {@value #SUBMITTED} by
 * {@code channel} and {@code type}, {@value #STATUS} by {@code status}, and the histogram
 * {@value #TIME_TO_STATUS} by {@code status}. Every tag value comes from
 * a closed set (two channels, two types, eight statuses).
 */
@Component
class IntakeMetrics implements IntakeMonitor {

    static final String SUBMITTED = "enrollments.submitted";
    static final String STATUS = "enrollments.status";
    static final String TIME_TO_STATUS = "enrollments.time.to.status";

    private final MeterRegistry registry;

    IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void accepted(Submission.Channel channel, String enrollmentType) {
        Counter.builder(SUBMITTED).description("Enrollments accepted, by channel and enrollment type")
                .tag("channel", channel.name()).tag("type", String.valueOf(enrollmentType))
                .register(registry).increment();
    }

    @Override
    public void statusApplied(EnrollmentStatus status, Duration sinceSubmitted) {
        Counter.builder(STATUS).description("Status events applied to an enrollment's view, by status")
                .tag("status", status.name())
                .register(registry).increment();
        if (sinceSubmitted != null) {
            // buckets from a tenth of a second (a verification at once) to a month (a partner who waits)
            Timer.builder(TIME_TO_STATUS).description("From an enrollment's submission to each status it reached")
                    .tag("status", status.name())
                    .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(100))
                    .maximumExpectedValue(Duration.ofDays(30))
                    .register(registry).record(sinceSubmitted);
        }
    }
}
