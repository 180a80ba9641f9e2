package csp.enrollment.intake.support;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import csp.enrollment.intake.enrollment.SubmittedEnrollment;
import csp.enrollment.intake.enrollment.SubmittedEvents;

/**
 * The real publisher of {@code EnrollmentSubmitted}, except that it can be told to refuse
 * the next publishes of chosen enrollments as if the broker were unreachable. Passes
 * everything through unless told otherwise.
 */
public class FlakySubmittedEvents implements SubmittedEvents {

    private final SubmittedEvents real;

    private final SimulatedBrokerOutage<SubmittedEnrollment> outage = new SimulatedBrokerOutage<>();

    FlakySubmittedEvents(SubmittedEvents real) {
        this.real = real;
    }

    /**
     * Refuses the next {@code times} publishes of an enrollment matching {@code which}.
     */
    public void refuse(int times, Predicate<SubmittedEnrollment> which) {
        outage.refuse(times, which);
    }

    /** How many publishes were refused since the last {@link #refuse}. */
    public int refused() {
        return outage.refused();
    }

    @Override
    public Map<String, String> publish(List<SubmittedEnrollment> enrollments) {
        return outage.publish(enrollments, SubmittedEnrollment::enrollmentId, real::publish);
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
