package csp.enrollment.intake.support;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import csp.enrollment.intake.enrollment.PartnerEventMessage;
import csp.enrollment.intake.enrollment.PartnerEvents;

/**
 * The real publisher of the partner's command events, except that it can be told to
 * refuse the next publishes as if the broker were unreachable. Passes everything through
 * unless told otherwise.
 */
public class FlakyPartnerEvents implements PartnerEvents {

    private final PartnerEvents real;

    private final SimulatedBrokerOutage<PartnerEventMessage> outage = new SimulatedBrokerOutage<>();

    FlakyPartnerEvents(PartnerEvents real) {
        this.real = real;
    }

    /** Refuses the next {@code times} events. */
    public void refuse(int times) {
        outage.refuse(times, event -> true);
    }

    /** How many events were refused since the last {@link #refuse}. */
    public int refused() {
        return outage.refused();
    }

    @Override
    public Map<String, String> publish(List<PartnerEventMessage> events) {
        return outage.publish(events, event -> event.event().eventId(), real::publish);
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
