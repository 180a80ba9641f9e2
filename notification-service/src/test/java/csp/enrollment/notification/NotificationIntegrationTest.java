package csp.enrollment.notification;

import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.testinfra.security.TrustTestIdentityProvider;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The one application context every integration test class shares, on the real broker,
 * database, registry and SMTP server, with a fast sweep and back-off. One context on
 * purpose: a second one would join the consumer group and could take another test's
 * events.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PipelineInfrastructure
@TrustTestIdentityProvider
@SpringBootTest(classes = NotificationApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=" + NotificationApplication.NAME, "pipeline.work.sweep-interval=100ms",
                "pipeline.work.backoff.initial=200ms", "pipeline.work.backoff.max=1s", "pipeline.work.lease=30s",
                "pipeline.messaging.retry.initial-interval=100ms", "pipeline.messaging.retry.max-retries=2" })
public @interface NotificationIntegrationTest {

}
