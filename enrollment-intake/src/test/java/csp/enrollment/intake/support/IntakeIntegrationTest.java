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
import csp.enrollment.testinfra.security.TrustTestIdentityProvider;

/**
 * The whole service on a random port, against the real Kafka broker, MongoDB
 * wire-protocol server and schema registry of the test infrastructure. All test classes
 * share one application context. Its sweep runs once an hour: whatever these tests see
 * published went out when it was stored, not when a sweep came by.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PipelineInfrastructure
@TrustTestIdentityProvider
@SpringBootTest(classes = EnrollmentIntakeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=" + EnrollmentIntakeApplication.NAME, "pipeline.work.sweep-interval=1h",
                TestMasterKey.KEY, TestMasterKey.ACTIVE, "pipeline.work.backoff.initial=200ms",
                "pipeline.work.backoff.max=1s", "pipeline.messaging.retry.initial-interval=100ms",
                "pipeline.messaging.retry.max-interval=500ms", "pipeline.messaging.retry.max-retries=2" })
@Import({ FlakySubmittedEvents.Configuration.class, FlakyPartnerEvents.Configuration.class })
public @interface IntakeIntegrationTest {

}
