package csp.enrollment.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.util.ClassUtils;

import csp.enrollment.access.KafkaAccess;
import csp.enrollment.access.KafkaPrincipal;
import csp.enrollment.creditcheck.CreditCheckApplication;
import csp.enrollment.intake.EnrollmentIntakeApplication;
import csp.enrollment.notification.NotificationApplication;
import csp.enrollment.verification.VerificationApplication;

/**
 * The rights in {@link KafkaAccess} are the ones each service's code needs: it reads
 * exactly the topics its listeners name, and its principal is its application name, which
 * is its consumer group. A listener added without its right would be refused by the
 * broker at run time.
 */
class ServiceKafkaAccessTests {

    static Arguments[] services() {
        return new Arguments[] {
                Arguments.of(EnrollmentIntakeApplication.class, EnrollmentIntakeApplication.NAME,
                        KafkaAccess.ENROLLMENT_INTAKE),
                Arguments.of(VerificationApplication.class, VerificationApplication.NAME,
                        KafkaAccess.VERIFICATION_SERVICE),
                Arguments.of(CreditCheckApplication.class, CreditCheckApplication.NAME,
                        KafkaAccess.CREDIT_CHECK_SERVICE),
                Arguments.of(NotificationApplication.class, NotificationApplication.NAME,
                        KafkaAccess.NOTIFICATION_SERVICE) };
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("services")
    void readsExactlyWhatItsListenersConsumeInTheGroupNamedAsItself(Class<?> application, String name,
            KafkaPrincipal principal) throws Exception {
        assertThat(principal.name()).isEqualTo(name);
        assertThat(principal.mayUseGroup(name)).isTrue();
        assertThat(principal.reads()).containsExactlyInAnyOrderElementsOf(listenedTopics(application.getPackageName()));
    }

    private static Set<String> listenedTopics(String basePackage) throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        Set<String> topics = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(),
                    ServiceKafkaAccessTests.class.getClassLoader());
            addTopics(type, topics);
            for (var method : type.getDeclaredMethods()) {
                addTopics(method, topics);
            }
        }
        return topics;
    }

    private static void addTopics(AnnotatedElement element, Set<String> topics) {
        AnnotatedElementUtils.findMergedRepeatableAnnotations(element, KafkaListener.class)
            .forEach(listener -> topics.addAll(Arrays.asList(listener.topics())));
    }

}
