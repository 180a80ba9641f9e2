package csp.enrollment.intake.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

import csp.enrollment.events.EnrollmentApplication;
import csp.enrollment.events.Topics;

@Component
class EnrollmentApplicationListener {

    private final KafkaApplications applications;

    EnrollmentApplicationListener(KafkaApplications applications) {
        this.applications = applications;
    }

    @KafkaListener(topics = Topics.APPLICATIONS)
    void on(EnrollmentApplication application, @Header(name = KafkaHeaders.RECEIVED_KEY, required = false) String key) {
        applications.receive(application, key);
    }

}
