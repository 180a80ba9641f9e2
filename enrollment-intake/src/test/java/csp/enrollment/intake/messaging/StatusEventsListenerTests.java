package csp.enrollment.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;

import csp.enrollment.events.Topics;
import csp.enrollment.messaging.UnexpectedEventException;

class StatusEventsListenerTests {

    @Test
    void listensToEveryStatusTopicButItsOwn() {
        KafkaListener listener = StatusEventsListener.class.getAnnotation(KafkaListener.class);
        assertThat(listener.topics()).containsExactlyInAnyOrderElementsOf(Topics.STATUS_EVENTS.stream()
            .filter(topic -> !topic.equals(Topics.SUBMITTED) && !Topics.PARTNER_COMMAND_EVENTS.contains(topic))
            .toList());
    }

    @Test
    void handlesOneEventTypePerStatusTopic() {
        assertThat(Arrays.stream(StatusEventsListener.class.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(KafkaHandler.class))
            .filter(method -> !method.getAnnotation(KafkaHandler.class).isDefault())
            .map(Method::getParameterTypes)
            .map(types -> types[0].getSimpleName())).containsExactlyInAnyOrder("ReviewRequested", "ProfileVerified",
                    "ProfileRejected", "CreditCheckPassed", "CreditCheckFailed");
    }

    @Test
    void deadLettersAnyOtherTypeAtOnceThroughItsDefaultHandler() {
        assertThat(Arrays.stream(StatusEventsListener.class.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(KafkaHandler.class))
            .filter(method -> method.getAnnotation(KafkaHandler.class).isDefault())).singleElement()
            .satisfies(method -> assertThatThrownBy(() -> {
                method.setAccessible(true);
                try {
                    method.invoke(new StatusEventsListener(null), "not an event");
                }
                catch (java.lang.reflect.InvocationTargetException thrown) {
                    throw thrown.getCause();
                }
            }).isInstanceOf(UnexpectedEventException.class));
    }

}
