package csp.enrollment.messaging;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.ReviewRequested;
import csp.enrollment.events.Topics;
import csp.enrollment.messaging.deadletter.DeadLetterHeaders;

/** A minimal service built on messaging-support, as the real services are. */
@SpringBootApplication
public class MessagingTestApplication {

    /** What Boot's actuator gives a real service; here to see the dead-letter counter. */
    @Bean
    SimpleMeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /**
     * Fails every event of a company named "fail", so the retry and dead-letter path can
     * be seen, and every event of a company whose name starts with "Outage" while
     * {@link #outage} is on: a cause that goes away, as a database that was down for a
     * while.
     */
    @Component
    public static class SubmittedListener {

        final BlockingQueue<EnrollmentSubmitted> received = new LinkedBlockingQueue<>();

        final BlockingQueue<String> attempts = new LinkedBlockingQueue<>();

        /**
         * Where each received event was replayed from ({@code ""}: not a replay), by
         * event id.
         */
        final Map<String, String> replayedFrom = new ConcurrentHashMap<>();

        final AtomicBoolean outage = new AtomicBoolean();

        public BlockingQueue<EnrollmentSubmitted> received() {
            return received;
        }

        public AtomicBoolean outage() {
            return outage;
        }

        public Map<String, String> replayedFrom() {
            return replayedFrom;
        }

        @KafkaListener(topics = Topics.SUBMITTED)
        void on(EnrollmentSubmitted event,
                @Header(name = DeadLetterHeaders.REPLAYED_FROM, required = false) String replayed) {
            attempts.add(event.getMetadata().getEventId());
            String company = event.getCompany().getLegalName();
            if (company.equals("fail")) {
                throw new IllegalStateException("cannot process company 'fail'");
            }
            if (company.startsWith("Outage") && outage.get()) {
                throw new IllegalStateException("the store is down");
            }
            replayedFrom.put(event.getMetadata().getEventId(), replayed == null ? "" : replayed);
            received.add(event);
        }

    }

    /**
     * A class-level listener, as intake's status view has: one handler per type, and a
     * default.
     */
    @Component
    @KafkaListener(topics = Topics.REVIEW_REQUESTED)
    static class ReviewListener {

        final BlockingQueue<Object> unexpected = new LinkedBlockingQueue<>();

        @KafkaHandler
        void on(ReviewRequested event) {
        }

        @KafkaHandler(isDefault = true)
        void unexpected(Object event) {
            unexpected.add(event);
            throw new UnexpectedEventException(event);
        }

    }

}
