package csp.enrollment.intake.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import csp.enrollment.intake.enrollment.PartnerEventMessage;
import csp.enrollment.intake.enrollment.PartnerEvents;

/**
 * The real publisher of the partner's command events, except that it can be told to refuse the next
 * publishes as if the broker were unreachable. Passes everything through unless told otherwise.
 */
public class FlakyPartnerEvents implements PartnerEvents {

    private final PartnerEvents real;
    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    FlakyPartnerEvents(PartnerEvents real) {
        this.real = real;
    }

    /** Refuses the next {@code times} events. */
    public void refuse(int times) {
        refused.set(0);
        refusalsLeft.set(times);
    }

    /** How many events were refused since the last {@link #refuse}. */
    public int refused() {
        return refused.get();
    }

    @Override
    public Map<String, String> publish(List<PartnerEventMessage> events) {
        Map<String, String> failures = new LinkedHashMap<>();
        List<PartnerEventMessage> passed = new ArrayList<>();
        for (PartnerEventMessage event : events) {
            if (refusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
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
        FlakyPartnerEvents flakyPartnerEvents(@Qualifier("partnerEventPublisher") PartnerEvents real) {
            return new FlakyPartnerEvents(real);
        }
    }
}
