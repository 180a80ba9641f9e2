package csp.enrollment.intake.messaging;

import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.ReviewRequested;
import csp.enrollment.events.Topics;
import csp.enrollment.intake.enrollment.EnrollmentManagement;
import csp.enrollment.messaging.UnexpectedEventException;

/** Every status event (Topics.STATUS_EVENTS), folded into the enrollments' status view. */
@Component
@KafkaListener(topics = { Topics.SUBMITTED, Topics.REVIEW_REQUESTED, Topics.PROFILE_VERIFIED, Topics.PROFILE_REJECTED,
        Topics.CREDIT_CHECK_PASSED, Topics.CREDIT_CHECK_FAILED })
class StatusEventsListener {

    private final EnrollmentManagement enrollments;

    StatusEventsListener(EnrollmentManagement enrollments) {
        this.enrollments = enrollments;
    }

    @KafkaHandler
    void on(EnrollmentSubmitted event) {
        enrollments.record(StatusEventMapping.of(event));
    }

    @KafkaHandler
    void on(ReviewRequested event) {
        enrollments.record(StatusEventMapping.of(event));
    }

    @KafkaHandler
    void on(ProfileVerified event) {
        enrollments.record(StatusEventMapping.of(event));
    }

    @KafkaHandler
    void on(ProfileRejected event) {
        enrollments.record(StatusEventMapping.of(event));
    }

    @KafkaHandler
    void on(CreditCheckPassed event) {
        enrollments.record(StatusEventMapping.of(event));
    }

    @KafkaHandler
    void on(CreditCheckFailed event) {
        enrollments.record(StatusEventMapping.of(event));
    }

    /** A record of another type on one of these topics: dead-lettered at once, the partition moves on. */
    @KafkaHandler(isDefault = true)
    void unexpected(Object event) {
        throw new UnexpectedEventException(event);
    }
}
