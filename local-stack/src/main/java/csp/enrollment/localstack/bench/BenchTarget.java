package csp.enrollment.localstack.bench;

import java.util.Map;

import csp.enrollment.infrastructure.mail.EmbeddedMailServer;
import csp.enrollment.infrastructure.mongo.EmbeddedMongoServer;
import csp.enrollment.localstack.StackUrls;

/**
 * The running stack the benchmark drives.
 *
 * @param kafkaClient how a client reaches the stack's Kafka (bootstrap servers and
 * credentials)
 */
public record BenchTarget(StackUrls urls, Map<String, Object> kafkaClient, String registryUrl, EmbeddedMailServer mail,
        EmbeddedMongoServer mongo) {

    String bootstrapServers() {
        return (String) kafkaClient.get("bootstrap.servers");
    }
}
