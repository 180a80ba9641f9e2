package csp.enrollment.verification.support;

import csp.enrollment.verification.cases.CaseEvents;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * The real publisher of the cases' events, except that it can be told to refuse the next
 * publishes of chosen events as if the broker were unreachable. Passes everything through
 * unless told otherwise.
 */
public class FlakyCaseEvents implements CaseEvents {

    private final CaseEvents real;

    private final AtomicInteger refusalsLeft = new AtomicInteger();

    private final AtomicInteger refused = new AtomicInteger();

    private final AtomicReference<Predicate<PendingEvent>> refusing = new AtomicReference<>(event -> false);

    FlakyCaseEvents(CaseEvents real) {
        this.real = real;
    }

    /** Refuses the next {@code times} publishes of an event matching {@code which}. */
    public void refuse(int times, Predicate<PendingEvent> which) {
        refused.set(0);
        refusalsLeft.set(times);
        refusing.set(which);
    }

    /** How many publishes were refused since the last {@link #refuse}. */
    public int refused() {
        return refused.get();
    }

    @Override
    public Map<String, String> publish(List<PendingEvent> events) {
        Map<String, String> failures = new LinkedHashMap<>();
        List<PendingEvent> passed = new ArrayList<>();
        for (PendingEvent event : events) {
            if (refusing.get().test(event) && refusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                refused.incrementAndGet();
                failures.put(event.event().eventId(), "Simulated: broker unreachable");
            }
            else {
                passed.add(event);
            }
        }
        failures.putAll(real.publish(passed));
        return failures;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        FlakyCaseEvents flakyCaseEvents(@Qualifier("kafkaCaseEvents") CaseEvents real) {
            return new FlakyCaseEvents(real);
        }

    }

}
