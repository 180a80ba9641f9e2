package csp.enrollment.messaging.deadletter;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import csp.enrollment.messaging.PipelineMessagingAutoConfiguration;
import csp.enrollment.messaging.PipelineMessagingProperties;

/**
 * The dead-letter API of a service with a web server and a MongoDB database (every
 * service of the pipeline): {@code /api/dead-letters} for the topics its listeners
 * consume.
 */
@AutoConfiguration(after = { KafkaAutoConfiguration.class, PipelineMessagingAutoConfiguration.class },
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ MongoOperations.class, org.springframework.web.bind.annotation.RestController.class })
@ConditionalOnBean(MongoOperations.class)
public class DeadLetterAutoConfiguration {

    @Bean
    DeadLetters deadLetters(KafkaProperties kafka, PipelineMessagingProperties properties, MongoOperations mongo,
            Clock clock, KafkaListenerEndpointRegistry listeners, ReplayPublisher replayPublisher,
            @Value("${spring.application.name}") String application) {
        var settings = properties.deadLetters();
        Map<String, Object> consumer = withOverrides(kafka.buildConsumerProperties(), settings.kafkaProperties());
        String group = String
            .valueOf(kafka.buildConsumerProperties().getOrDefault(ConsumerConfig.GROUP_ID_CONFIG, application));
        return new DeadLetters(new DeadLetterTopics(consumer, group, settings.timeout()),
                new DeadLetterReplays(mongo, clock, settings.staleReplay()), replayPublisher,
                () -> consumedTopics(listeners));
    }

    @Bean
    ReplayPublisher replayPublisher(KafkaProperties kafka, PipelineMessagingProperties properties) {
        var settings = properties.deadLetters();
        return new ReplayPublisher(withOverrides(kafka.buildProducerProperties(), settings.kafkaProperties()),
                settings.timeout());
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }

    /**
     * The topics of the service's listeners, as declared (a listener on a pattern has
     * none).
     */
    private static Set<String> consumedTopics(KafkaListenerEndpointRegistry listeners) {
        Set<String> topics = new LinkedHashSet<>();
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String[] declared = container.getContainerProperties().getTopics();
            if (declared != null) {
                topics.addAll(Set.of(declared));
            }
        }
        return topics;
    }

    private static Map<String, Object> withOverrides(Map<String, Object> properties, Map<String, String> overrides) {
        Map<String, Object> merged = new HashMap<>(properties);
        merged.putAll(overrides);
        return merged;
    }

}
