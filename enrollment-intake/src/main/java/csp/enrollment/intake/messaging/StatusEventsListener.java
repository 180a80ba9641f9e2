package csp.enrollment.intake.messaging;

import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.ReviewRequested;
import csp.enrollment.events.Topics;
import csp.enrollment.intake.enrollment.EnrollmentManagement;
import csp.enrollment.intake.status.StatusChange;
import csp.enrollment.intake.status.StatusTransitions;
import csp.enrollment.messaging.RefusedEventException;
import csp.enrollment.messaging.UnexpectedEventException;

/**
 * The other services' status events, folded into the enrollments' status view. Not
 * intake's own {@code enrollment.submitted}: the SUBMITTED entry is written with the
 * enrollment itself, so reading the echo back would cost a write per application and
 * change nothing. Only what the state machine allows is applied
 * (status/StatusTransitions); a refused record is dead-lettered.
 */
@Component
@KafkaListener(topics = { Topics.REVIEW_REQUESTED, Topics.PROFILE_VERIFIED, Topics.PROFILE_REJECTED,
        Topics.CREDIT_CHECK_PASSED, Topics.CREDIT_CHECK_FAILED })
class StatusEventsListener {

    private final EnrollmentManagement enrollments;

    StatusEventsListener(EnrollmentManagement enrollments) {
        this.enrollments = enrollments;
    }

    @KafkaHandler
    void on(ReviewRequested event) {
        record("ReviewRequested", StatusEventMapping.of(event));
    }

    @KafkaHandler
    void on(ProfileVerified event) {
        record("ProfileVerified", StatusEventMapping.of(event));
    }

    @KafkaHandler
    void on(ProfileRejected event) {
        record("ProfileRejected", StatusEventMapping.of(event));
    }

    @KafkaHandler
    void on(CreditCheckPassed event) {
        record("CreditCheckPassed", StatusEventMapping.of(event));
    }

    @KafkaHandler
    void on(CreditCheckFailed event) {
        record("CreditCheckFailed", StatusEventMapping.of(event));
    }

    /**
     * A record the state machine refuses (e.g. a CreditCheckPassed for a REJECTED
     * enrollment) is not applied and is dead-lettered at once with the rule it breaks;
     * the partition moves on. The reason names the event type, ids and statuses only.
     */
    private void record(String eventType, StatusChange change) {
        StatusTransitions.Decision decision = enrollments.record(change);
        if (decision.refused()) {
            throw new RefusedEventException("Refused " + eventType + " " + change.eventId() + " for enrollment "
                    + change.enrollmentId() + ": " + decision.reason());
        }
    }

    /**
     * A record of another type on one of these topics: dead-lettered at once, the
     * partition moves on.
     */
    @KafkaHandler(isDefault = true)
    void unexpected(Object event) {
        throw new UnexpectedEventException(event);
    }

}
