package csp.enrollment.messaging;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;

import csp.enrollment.events.Topics;

/** Every topic of the pipeline and its dead-letter topic, with the configured partitions. */
final class PipelineTopicsFactory {

    private PipelineTopicsFactory() {
    }

    static List<NewTopic> newTopics(PipelineMessagingProperties.Topics settings) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(new NewTopic(topic, settings.partitions(), settings.replicationFactor()));
            topics.add(new NewTopic(Topics.deadLetterTopicOf(topic), settings.partitions(),
                    settings.replicationFactor()));
        }
        return topics;
    }
}
