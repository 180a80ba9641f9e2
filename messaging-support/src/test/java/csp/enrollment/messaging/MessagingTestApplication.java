package csp.enrollment.messaging;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.ReviewRequested;
import csp.enrollment.events.Topics;

/** A minimal service built on messaging-support, as the real services are. */
@SpringBootApplication
class MessagingTestApplication {

    /** What Boot's actuator gives a real service; here to see the dead-letter counter. */
    @Bean
    SimpleMeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /** Fails every event of a company named "fail", so the retry and dead-letter path can be seen. */
    @Component
    static class SubmittedListener {

        final BlockingQueue<EnrollmentSubmitted> received = new LinkedBlockingQueue<>();
        final BlockingQueue<String> attempts = new LinkedBlockingQueue<>();

        @KafkaListener(topics = Topics.SUBMITTED)
        void on(EnrollmentSubmitted event) {
            attempts.add(event.getMetadata().getEventId());
            if (event.getCompany().getLegalName().equals("fail")) {
                throw new IllegalStateException("cannot process company 'fail'");
            }
            received.add(event);
        }
    }

    /** A class-level listener, as intake's status view has: one handler per type, and a default. */
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
