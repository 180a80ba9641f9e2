package csp.enrollment.intake.enrollment;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the {@code EnrollmentSubmitted} stored with each accepted enrollment: right after the
 * acceptance (off the request thread, so a Kafka outage does not hold up the 202), and again from a
 * schedule for every event still unpublished, with exponential back-off. Every attempt sends the
 * event id fixed at acceptance, so a retry can duplicate the event but never give it a second id.
 * Several instances share the work: each claims an event with a lease before publishing it.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final Enrollments enrollments;
    private final SubmittedEvents events;
    private final OutboxSettings settings;
    private final Executor executor;
    private final Clock clock;

    OutboxRelay(Enrollments enrollments, SubmittedEvents events, OutboxSettings settings,
            @Qualifier("applicationTaskExecutor") Executor executor, Clock clock) {
        this.enrollments = enrollments;
        this.events = events;
        this.settings = settings;
        this.executor = executor;
        this.clock = clock;
    }

    /** First attempt for a just-accepted enrollment, whose lease the caller holds. */
    void publishSoon(EnrollmentDocument enrollment) {
        try {
            executor.execute(() -> publish(enrollment));
        }
        catch (RejectedExecutionException busy) {
            log.warn("Enrollment {}: EnrollmentSubmitted left to the relay ({})", enrollment.id(), busy.getMessage());
        }
    }

    /** Publishes what is due; stops at the first failure, since the broker is then most likely away. */
    @Scheduled(fixedDelayString = "${intake.outbox.poll-interval:1s}", initialDelayString = "${intake.outbox.poll-interval:1s}")
    void publishDue() {
        int published = 0;
        for (int i = 0; i < settings.batchSize(); i++) {
            var claimed = enrollments.claimNextDue(clock.instant(), settings.lease());
            if (claimed.isEmpty() || !publish(claimed.get())) {
                break;
            }
            published++;
        }
        if (published > 0) {
            log.info("Outbox relay published {} stored EnrollmentSubmitted event(s)", published);
        }
    }

    private boolean publish(EnrollmentDocument enrollment) {
        EnrollmentDocument.Outbox outbox = enrollment.outbox();
        try {
            events.publish(new SubmittedEnrollment(enrollment.id(), outbox.eventId(), outbox.occurredAt(),
                    enrollment.application()));
        }
        catch (RuntimeException failure) {
            int attempts = outbox.attempts() + 1;
            Duration backoff = settings.backoffAfter(attempts);
            log.warn("Enrollment {}: publishing EnrollmentSubmitted {} failed (attempt {}), next attempt in {}: {}",
                    enrollment.id(), outbox.eventId(), attempts, backoff, failure.getMessage());
            enrollments.scheduleRetry(enrollment.id(), clock.instant().plus(backoff), shorten(failure.getMessage()));
            return false;
        }
        enrollments.markPublished(enrollment.id(), clock.instant());
        if (outbox.attempts() > 0) {
            log.info("Enrollment {}: published EnrollmentSubmitted {} after {} failed attempt(s)", enrollment.id(),
                    outbox.eventId(), outbox.attempts());
        }
        return true;
    }

    private static String shorten(String message) {
        return message == null || message.length() <= MAX_ERROR_LENGTH ? message
                : message.substring(0, MAX_ERROR_LENGTH);
    }
}
