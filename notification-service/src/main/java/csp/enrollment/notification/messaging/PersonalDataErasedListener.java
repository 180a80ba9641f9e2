package csp.enrollment.notification.messaging;

import csp.enrollment.events.PersonalDataErased;
import csp.enrollment.events.Topics;
import csp.enrollment.notification.email.PersonalDataErasure;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The partner's personal data of an enrollment was erased at intake: erase the e-mail
 * records' copy.
 */
@Component
class PersonalDataErasedListener {

    private final PersonalDataErasure erasure;

    PersonalDataErasedListener(PersonalDataErasure erasure) {
        this.erasure = erasure;
    }

    @KafkaListener(topics = Topics.PERSONAL_DATA_ERASED)
    void on(PersonalDataErased event) {
        erasure.erase(event.getMetadata().getEnrollmentId());
    }

}
