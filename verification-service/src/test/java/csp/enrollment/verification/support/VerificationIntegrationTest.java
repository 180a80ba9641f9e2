package csp.enrollment.verification.support;

import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.testinfra.security.TrustTestIdentityProvider;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The service against the real Kafka broker, MongoDB server and schema registry, with its
 * own configuration file and a fixed clock; every MockMvc request carries a bearer token
 * ({@link BearerTokens}). Every test class using it shares one application context. Its
 * sweep runs once an hour: whatever these tests see published went out when it was
 * stored, not when a sweep came by.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PipelineInfrastructure
@TrustTestIdentityProvider
@SpringBootTest(properties = { "spring.config.name=verification-service", "pipeline.work.sweep-interval=PT1H",
        "pipeline.messaging.retry.initial-interval=50ms", "pipeline.messaging.retry.max-retries=2" })
@AutoConfigureMockMvc
@Import({ VerificationIntegrationTest.FixedClock.class, BearerTokens.DefaultToken.class })
public @interface VerificationIntegrationTest {

    /** What the service's clock says, in every integration test. */
    Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

    }

}
