package csp.enrollment.messaging;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Names the enrollment in every log line written while a listener handles its record: the
 * record key (every topic is keyed by enrollment id) as {@value #KEY} in the logging
 * context (MDC), shown by structured logs and by a pattern with {@code %X{enrollmentId}}.
 */
final class EnrollmentLogContext implements RecordInterceptor<Object, Object> {

    static final String KEY = "enrollmentId";

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
            Consumer<Object, Object> consumer) {
        if (record.key() != null) {
            MDC.put(KEY, record.key().toString());
        }
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(KEY);
    }

}
