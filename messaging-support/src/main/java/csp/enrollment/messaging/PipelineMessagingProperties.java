package csp.enrollment.messaging;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the shared Kafka plumbing.
 *
 * @param topics how the pipeline's topics are created
 * @param publishTimeout how long a publish waits for the broker's acknowledgement
 * @param retry back-off for a record whose processing failed, before it is dead-lettered
 * @param deadLetters the dead-letter API of the service
 */
@ConfigurationProperties("pipeline.messaging")
public record PipelineMessagingProperties(@DefaultValue Topics topics, @DefaultValue("10s") Duration publishTimeout,
        @DefaultValue Retry retry, @DefaultValue DeadLetters deadLetters) {

    /**
     * @param create whether the service creates the topics and dead-letter topics at
     * start
     * @param partitions partitions per topic; enough for the instances you want to run
     * @param replicationFactor replicas per partition (1 for a single broker)
     * @param retention how long records stay on every topic and dead-letter topic
     */
    public record Topics(@DefaultValue("true") boolean create, @DefaultValue("6") int partitions,
            @DefaultValue("1") short replicationFactor, @DefaultValue("30d") Duration retention) {

        /**
         * Events carry partner contacts: they stay on Kafka only this long (contract.md
         * §11).
         */
        public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

        public Topics {
            retention = retention == null ? DEFAULT_RETENTION : retention;
        }
    }

    /**
     * @param initialInterval wait before the first retry
     * @param multiplier growth of the wait per retry
     * @param maxInterval longest wait between two retries
     * @param maxRetries retries before the record goes to the dead-letter topic
     */
    public record Retry(@DefaultValue("500ms") Duration initialInterval, @DefaultValue("2.0") double multiplier,
            @DefaultValue("10s") Duration maxInterval, @DefaultValue("6") int maxRetries) {
    }

    /**
     * @param timeout how long reading a dead-letter topic or publishing a replay may take
     * before the API answers 503
     * @param staleReplay after this long a replay that never finished (its instance died
     * while publishing) may be started again; consumers drop a record they already
     * applied
     * @param kafkaProperties Kafka client properties of the API's reader and replay
     * producer over the service's own, e.g. {@code sasl.jaas.config} of the service's
     * operations login
     */
    public record DeadLetters(@DefaultValue("10s") Duration timeout, @DefaultValue("1m") Duration staleReplay,
            Map<String, String> kafkaProperties) {

        public DeadLetters {
            kafkaProperties = kafkaProperties == null ? Map.of() : Map.copyOf(kafkaProperties);
        }
    }
}
