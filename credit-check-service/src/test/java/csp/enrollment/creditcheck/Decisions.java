package csp.enrollment.creditcheck;

import csp.enrollment.events.Topics;
import csp.enrollment.testinfra.TestKafka;
import csp.enrollment.testinfra.TestKafka.TopicReader;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Both decision topics, passed and failed, read from the beginning with
 * {@link TestKafka}'s readers: "exactly one decision" means one on either topic. Call
 * {@link #withKey} inside an Awaitility condition.
 */
public final class Decisions implements AutoCloseable {

    private final TopicReader<Object> passed = TestKafka.events(Topics.CREDIT_CHECK_PASSED);

    private final TopicReader<Object> failed = TestKafka.events(Topics.CREDIT_CHECK_FAILED);

    /**
     * The decisions with {@code key} read so far, after reading what arrived since the
     * last call.
     */
    public List<ConsumerRecord<String, Object>> withKey(String key) {
        return Stream.concat(passed.withKey(key).stream(), failed.withKey(key).stream()).toList();
    }

    /**
     * Every decision with {@code key} written before this call (for checks that there is
     * none).
     */
    public List<ConsumerRecord<String, Object>> withKeyUpToNow(String key) {
        return Stream.concat(passed.withKeyUpToNow(key).stream(), failed.withKeyUpToNow(key).stream()).toList();
    }

    /** The decision events with {@code key}, see {@link #withKey}. */
    public List<Object> valuesWithKey(String key) {
        return withKey(key).stream().map(ConsumerRecord::value).toList();
    }

    @Override
    public void close() {
        passed.close();
        failed.close();
    }

}
