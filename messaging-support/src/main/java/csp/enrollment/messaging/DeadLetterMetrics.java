package csp.enrollment.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the records written to a dead-letter topic: {@code pipeline.dead-letters},
 * tagged with the {@code topic} the record came from (a handful of pipeline topics, so
 * few series).
 */
interface DeadLetterMetrics {

    String DEAD_LETTERS = "pipeline.dead-letters";

    DeadLetterMetrics NONE = topic -> {
    };

    void deadLettered(String sourceTopic);

    static DeadLetterMetrics counting(MeterRegistry registry) {
        Map<String, Counter> counters = new ConcurrentHashMap<>();
        return topic -> counters
            .computeIfAbsent(topic,
                    name -> Counter.builder(DEAD_LETTERS)
                        .description("Records written to a dead-letter topic, by the topic they came from")
                        .tag("topic", name)
                        .register(registry))
            .increment();
    }

}
