package csp.enrollment.messaging;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.ProducerListener;

/**
 * Logs a failed send by topic, key and cause only. Spring's default listener prints the
 * start of the value, and an application's value holds bank details, which must never
 * reach a log.
 */
class MetadataOnlyProducerListener implements ProducerListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(MetadataOnlyProducerListener.class);

    @Override
    public void onError(ProducerRecord<Object, Object> record, RecordMetadata metadata, Exception exception) {
        log.error("Could not send a record with key {} to {}: {}", record.key(), record.topic(), exception.toString());
    }

}
