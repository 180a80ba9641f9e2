package csp.enrollment.verification.messaging;

import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.Topics;
import csp.enrollment.verification.cases.VerificationManagement;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Hands each submitted enrollment to the verification; errors and dead letters are the
 * shared error handler's job.
 */
@Component
class EnrollmentSubmittedListener {

    private final VerificationManagement verifications;

    EnrollmentSubmittedListener(VerificationManagement verifications) {
        this.verifications = verifications;
    }

    @KafkaListener(topics = Topics.SUBMITTED)
    void on(EnrollmentSubmitted event) {
        verifications.verify(Submissions.from(event));
    }

}
