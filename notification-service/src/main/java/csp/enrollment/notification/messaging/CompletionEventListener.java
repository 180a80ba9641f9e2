package csp.enrollment.notification.messaging;

import csp.enrollment.events.AgreementAccepted;
import csp.enrollment.events.EnrollmentCompleted;
import csp.enrollment.events.EnrollmentTransitioned;
import csp.enrollment.events.SupportPlanRecorded;
import csp.enrollment.events.Topics;
import csp.enrollment.messaging.UnexpectedEventException;
import csp.enrollment.notification.progress.ProgressTracking;

import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The partner's steps after verification (contract.md §8, §9). {@code AgreementAccepted}
 * and {@code SupportPlanRecorded} send no e-mail: they only record the step for the
 * reminder. {@code EnrollmentCompleted} (the welcome) and {@code EnrollmentTransitioned}
 * put their e-mail in the outbox and mark the enrollment as no longer waiting for the
 * partner.
 */
@Component
@KafkaListener(
        topics = { Topics.AGREEMENT_ACCEPTED, Topics.SUPPORT_PLAN_RECORDED, Topics.COMPLETED, Topics.TRANSITIONED })
class CompletionEventListener {

    private final ProgressTracking progress;

    CompletionEventListener(ProgressTracking progress) {
        this.progress = progress;
    }

    @KafkaHandler
    void on(AgreementAccepted event) {
        progress.agreementAccepted(event.getMetadata().getEnrollmentId(), event.getMetadata().getEventId(),
                event.getAcceptedAt());
    }

    @KafkaHandler
    void on(SupportPlanRecorded event) {
        progress.supportPlanRecorded(event.getMetadata().getEnrollmentId(), event.getMetadata().getEventId(),
                event.getMetadata().getOccurredAt());
    }

    @KafkaHandler
    void on(EnrollmentCompleted event) {
        progress.completed(PartnerNotices.of(event));
    }

    @KafkaHandler
    void on(EnrollmentTransitioned event) {
        progress.transitioned(PartnerNotices.of(event));
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
