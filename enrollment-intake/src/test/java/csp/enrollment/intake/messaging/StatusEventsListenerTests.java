package csp.enrollment.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;

import csp.enrollment.events.Topics;

class StatusEventsListenerTests {

    @Test
    void listensToEveryStatusTopic() {
        KafkaListener listener = StatusEventsListener.class.getAnnotation(KafkaListener.class);
        assertThat(listener.topics()).containsExactlyInAnyOrderElementsOf(Topics.STATUS_EVENTS);
    }

    @Test
    void handlesOneEventTypePerStatusTopic() {
        assertThat(Arrays.stream(StatusEventsListener.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(KafkaHandler.class))
                .map(Method::getParameterTypes).map(types -> types[0].getSimpleName()))
                .containsExactlyInAnyOrder("EnrollmentSubmitted", "ReviewRequested", "ProfileVerified", "ProfileRejected",
                        "CreditCheckPassed", "CreditCheckFailed");
    }
}
