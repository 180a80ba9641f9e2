package csp.enrollment.localstack.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import csp.enrollment.events.Topics;
import csp.enrollment.infrastructure.mail.EmbeddedMailServer;
import csp.enrollment.infrastructure.mongo.EmbeddedMongoServer;

/**
 * Reads the counters of the embedded parts: records in the pipeline's topics (end
 * offsets), records the services' consumer groups have read (committed offsets),
 * documents the MongoDB server wrote, read and scanned, e-mails SMTP accepted. Two
 * snapshots around a phase give its I/O.
 */
final class IoMeter implements AutoCloseable {

    /** The consumer groups of the pipeline: one per service, named after it. */
    private static final List<String> GROUPS = List.of("enrollment-intake", "verification-service",
            "credit-check-service", "notification-service");

    record Snapshot(long kafkaWritten, long kafkaRead, long mongoWritten, long mongoRead, long mongoScanned,
            long smtpMessages) {
    }

    private final Admin admin;

    private final EmbeddedMongoServer mongo;

    private final EmbeddedMailServer mail;

    IoMeter(Map<String, Object> kafkaClient, EmbeddedMongoServer mongo, EmbeddedMailServer mail) {
        this.admin = Admin.create(kafkaClient);
        this.mongo = mongo;
        this.mail = mail;
    }

    Snapshot snapshot() throws Exception {
        return new Snapshot(recordsInPipelineTopics(), recordsReadByServices(), mongo.operations().documentsWritten(),
                mongo.operations().documentsRead(), mongo.operations().documentsScanned(), mail.acceptedCount());
    }

    private long recordsInPipelineTopics() throws Exception {
        List<String> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(topic);
            topics.add(Topics.deadLetterTopicOf(topic));
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics)
            .allTopicNames()
            .get(30, TimeUnit.SECONDS)
            .forEach((name, description) -> description.partitions()
                .forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        long records = 0;
        for (ListOffsetsResult.ListOffsetsResultInfo info : admin.listOffsets(latest)
            .all()
            .get(30, TimeUnit.SECONDS)
            .values()) {
            records += info.offset();
        }
        return records;
    }

    private long recordsReadByServices() throws Exception {
        long records = 0;
        for (String group : GROUPS) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
            for (OffsetAndMetadata offset : committed.values()) {
                if (offset != null) {
                    records += offset.offset();
                }
            }
        }
        return records;
    }

    @Override
    public void close() {
        admin.close();
    }

}
