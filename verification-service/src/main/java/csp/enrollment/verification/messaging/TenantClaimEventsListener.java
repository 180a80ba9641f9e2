package csp.enrollment.verification.messaging;

import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.EnrollmentTransitioned;
import csp.enrollment.events.Topics;
import csp.enrollment.messaging.UnexpectedEventException;
import csp.enrollment.verification.tenant.TenantClaimManagement;

import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What frees or moves a tenant claim besides this service's own rejections: a failed
 * credit check gives the tenant back, a transition passes it to the new enrollment. One
 * container for both topics, in the service's consumer group, with the shared error
 * handler: a record of another type is dead-lettered at once, other failures are retried.
 */
@Component
@KafkaListener(topics = { Topics.CREDIT_CHECK_FAILED, Topics.TRANSITIONED })
class TenantClaimEventsListener {

    private final TenantClaimManagement tenants;

    TenantClaimEventsListener(TenantClaimManagement tenants) {
        this.tenants = tenants;
    }

    @KafkaHandler
    void on(CreditCheckFailed event) {
        tenants.creditCheckFailed(event.getMetadata().getEnrollmentId());
    }

    @KafkaHandler
    void on(EnrollmentTransitioned event) {
        tenants.transitioned(event.getMetadata().getEnrollmentId(), event.getNewEnrollmentId());
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
