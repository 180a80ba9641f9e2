package csp.enrollment.notification;

import csp.enrollment.testinfra.PipelineInfrastructure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The one application context every integration test class shares, on the real broker, database,
 * registry and SMTP server, with a fast mail sender. One context on purpose: a second one would
 * join the consumer group and could take another test's events.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PipelineInfrastructure
@SpringBootTest(classes = NotificationApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + NotificationApplication.NAME,
        "notification.delivery.poll-interval=100ms",
        "notification.delivery.backoff-min=200ms",
        "notification.delivery.backoff-max=1s",
        "notification.delivery.lease=30s",
        "pipeline.messaging.retry.initial-interval=100ms",
        "pipeline.messaging.retry.max-retries=2" })
public @interface NotificationIntegrationTest {
}
