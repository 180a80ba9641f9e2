package csp.enrollment.intake.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import csp.enrollment.intake.EnrollmentIntakeApplication;
import csp.enrollment.testinfra.PipelineInfrastructure;

/**
 * The whole service on a random port, against the real Kafka broker, MongoDB wire-protocol server
 * and schema registry of the test infrastructure. All test classes share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PipelineInfrastructure
@SpringBootTest(classes = EnrollmentIntakeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=" + EnrollmentIntakeApplication.NAME,
            "intake.outbox.poll-interval=200ms",
            "intake.outbox.initial-backoff=200ms",
            "intake.outbox.max-backoff=1s",
            "pipeline.messaging.retry.initial-interval=100ms",
            "pipeline.messaging.retry.max-interval=500ms",
            "pipeline.messaging.retry.max-retries=2" })
@Import(FlakyEventPublisher.Configuration.class)
public @interface IntakeIntegrationTest {
}
