package csp.enrollment.intake.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import csp.enrollment.intake.enrollment.SubmittedEnrollment;
import csp.enrollment.intake.enrollment.SubmittedEvents;

/**
 * The real publisher of {@code EnrollmentSubmitted}, except that it can be told to refuse the next
 * publishes of chosen enrollments as if the broker were unreachable. Passes everything through
 * unless told otherwise.
 */
public class FlakySubmittedEvents implements SubmittedEvents {

    private final SubmittedEvents real;
    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicReference<Predicate<SubmittedEnrollment>> refusing = new AtomicReference<>(event -> false);

    FlakySubmittedEvents(SubmittedEvents real) {
        this.real = real;
    }

    /** Refuses the next {@code times} publishes of an enrollment matching {@code which}. */
    public void refuse(int times, Predicate<SubmittedEnrollment> which) {
        refused.set(0);
        refusalsLeft.set(times);
        refusing.set(which);
    }

    /** How many publishes were refused since the last {@link #refuse}. */
    public int refused() {
        return refused.get();
    }

    @Override
    public Map<String, String> publish(List<SubmittedEnrollment> enrollments) {
        Map<String, String> failures = new LinkedHashMap<>();
        List<SubmittedEnrollment> passed = new ArrayList<>();
        for (SubmittedEnrollment enrollment : enrollments) {
            if (refusing.get().test(enrollment) && refusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                refused.incrementAndGet();
                failures.put(enrollment.enrollmentId(), "Simulated: broker unreachable");
            }
            else {
                passed.add(enrollment);
            }
        }
        failures.putAll(real.publish(passed));
        return failures;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        FlakySubmittedEvents flakySubmittedEvents(@Qualifier("enrollmentSubmittedPublisher") SubmittedEvents real) {
            return new FlakySubmittedEvents(real);
        }
    }
}
