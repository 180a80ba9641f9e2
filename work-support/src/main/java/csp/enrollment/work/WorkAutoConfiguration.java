package csp.enrollment.work;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Gives a service with a MongoDB database and {@link WorkHandler}s its {@link WorkQueue},
 * and, when the service has a {@link MeterRegistry}, the work metrics of
 * {@link WorkMetrics}; when it traces (Micrometer Tracing), stored work carries its trace
 * ({@link WorkTrace}).
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration" })
@EnableConfigurationProperties(WorkSettings.class)
public class WorkAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    MongoWorkQueue workQueue(MongoTemplate mongo, List<WorkHandler> handlers, WorkSettings settings,
            ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meterRegistry, ObjectProvider<WorkTrace> trace) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        MeterRegistry registry = meterRegistry.getIfAvailable();
        var queue = new MongoWorkQueue(new Tickets(mongo), new Timers(mongo), handlers, settings, time,
                registry == null ? WorkMetrics.NONE : WorkMetrics.counting(registry),
                trace.getIfAvailable(() -> WorkTrace.NONE));
        if (registry != null) {
            WorkMetrics.registerPending(registry, queue.kinds(), queue::pending);
        }
        return queue;
    }

    /**
     * The current span's context, written the way the W3C propagator writes it onto a
     * Kafka record.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.tracing.Tracer")
    static class Tracing {

        @Bean
        @ConditionalOnBean({ Tracer.class, Propagator.class })
        WorkTrace workTrace(Tracer tracer, Propagator propagator) {
            return () -> {
                TraceContext context = tracer.currentTraceContext().context();
                if (context == null) {
                    return null;
                }
                Map<String, String> headers = new HashMap<>();
                propagator.inject(context, headers, Map::put);
                return headers.get("traceparent");
            };
        }

    }

}
