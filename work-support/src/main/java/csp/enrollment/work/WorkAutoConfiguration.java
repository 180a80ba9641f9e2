package csp.enrollment.work;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Gives a service with a MongoDB database and {@link WorkHandler}s its {@link WorkQueue}, and,
 * when the service has a {@link MeterRegistry}, the work metrics of {@link WorkMetrics}.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@EnableConfigurationProperties(WorkSettings.class)
public class WorkAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    MongoWorkQueue workQueue(MongoTemplate mongo, List<WorkHandler> handlers, WorkSettings settings,
            org.springframework.beans.factory.ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meterRegistry) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        MeterRegistry registry = meterRegistry.getIfAvailable();
        var queue = new MongoWorkQueue(new Tickets(mongo), new Timers(mongo), handlers, settings, time,
                registry == null ? WorkMetrics.NONE : WorkMetrics.counting(registry));
        if (registry != null) {
            WorkMetrics.registerPending(registry, queue.kinds(), queue::pending);
        }
        return queue;
    }
}
