package csp.enrollment.work;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Gives a service with a MongoDB database and {@link WorkHandler}s its {@link WorkQueue}. */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@EnableConfigurationProperties(WorkSettings.class)
public class WorkAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    MongoWorkQueue workQueue(MongoTemplate mongo, List<WorkHandler> handlers, WorkSettings settings,
            org.springframework.beans.factory.ObjectProvider<Clock> clock) {
        return new MongoWorkQueue(new Tickets(mongo), new Timers(mongo), handlers, settings, clock.getIfAvailable(Clock::systemUTC));
    }
}
