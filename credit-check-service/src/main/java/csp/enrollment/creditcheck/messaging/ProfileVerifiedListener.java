package csp.enrollment.creditcheck.messaging;

import csp.enrollment.creditcheck.check.CreditCheckManagement;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Hands each verified profile to the credit check. Returns as soon as the check is
 * stored: the bureau is asked by the worker, so a slow bureau never holds up the
 * partition.
 */
@Component
class ProfileVerifiedListener {

    private final CreditCheckManagement creditChecks;

    ProfileVerifiedListener(CreditCheckManagement creditChecks) {
        this.creditChecks = creditChecks;
    }

    @KafkaListener(topics = Topics.PROFILE_VERIFIED)
    void on(ProfileVerified event) {
        creditChecks.request(CreditCheckEvents.request(event));
    }

}
