package csp.enrollment.messaging.deadletter;

import org.springframework.kafka.support.KafkaHeaders;

/** The headers the pipeline adds to a dead letter and to a replayed record. */
public final class DeadLetterHeaders {

    /**
     * Of a dead letter: its innermost cause in words, {@code <class>: <message>}, record
     * text redacted.
     */
    public static final String ROOT_CAUSE = "pipeline_dlt-root-cause";

    /**
     * Of a replayed record: the dead letter's original record,
     * {@code topic/partition/offset}.
     */
    public static final String REPLAYED_FROM = "pipeline_replayed-from";

    /** Headers a replay leaves out: they describe the failure, not the event. */
    static boolean describesTheFailure(String header) {
        return header.startsWith(KafkaHeaders.PREFIX + "dlt-") || header.startsWith("pipeline_dlt-");
    }

    private DeadLetterHeaders() {
    }

}
