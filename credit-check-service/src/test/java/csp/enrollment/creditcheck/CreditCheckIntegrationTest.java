package csp.enrollment.creditcheck;

import csp.enrollment.testinfra.PipelineInfrastructure;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The one application context every integration test class shares, on the real broker, database
 * and registry, with a fast worker. One context on purpose: a second cached context would also
 * consume {@code enrollment.profile-verified} and could answer another test's event.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PipelineInfrastructure
@SpringBootTest(classes = CreditCheckApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + CreditCheckApplication.NAME,
        "credit-check.worker.poll-interval=100ms",
        "credit-check.retry.initial-delay=100ms",
        "credit-check.retry.max-delay=500ms",
        "credit-check.pending-poll-interval=300ms" })
public @interface CreditCheckIntegrationTest {
}
