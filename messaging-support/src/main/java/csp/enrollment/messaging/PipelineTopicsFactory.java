package csp.enrollment.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import csp.enrollment.events.Topics;

/**
 * Every topic of the pipeline and its dead-letter topic, with the configured partitions
 * and retention ({@code pipeline.messaging.topics.retention}, 30 days by default): what a
 * service creates at start, or, where the services may not create topics (a secured
 * broker), what the operator's admin principal creates before they start.
 */
public final class PipelineTopicsFactory {

    private PipelineTopicsFactory() {
    }

    /**
     * The topics with {@code partitions} partitions of {@code replicationFactor} replicas
     * each.
     */
    public static List<NewTopic> newTopics(int partitions, short replicationFactor) {
        return newTopics(new PipelineMessagingProperties.Topics(false, partitions, replicationFactor,
                PipelineMessagingProperties.Topics.DEFAULT_RETENTION));
    }

    static List<NewTopic> newTopics(PipelineMessagingProperties.Topics settings) {
        List<NewTopic> topics = new ArrayList<>();
        Map<String, String> retention = Map.of(TopicConfig.RETENTION_MS_CONFIG,
                Long.toString(settings.retention().toMillis()));
        for (String topic : Topics.ALL) {
            topics.add(new NewTopic(topic, settings.partitions(), settings.replicationFactor()).configs(retention));
            topics
                .add(new NewTopic(Topics.deadLetterTopicOf(topic), settings.partitions(), settings.replicationFactor())
                    .configs(retention));
        }
        return topics;
    }

}
