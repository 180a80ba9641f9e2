package csp.enrollment.creditcheck;

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
 * database and registry, with a fast sweep and back-off. One context on purpose: a second
 * cached context would also consume {@code enrollment.profile-verified} and could answer
 * another test's event.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PipelineInfrastructure
@TrustTestIdentityProvider
@SpringBootTest(classes = CreditCheckApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=" + CreditCheckApplication.NAME, "credit-check.bureau.mode=simulated",
                "pipeline.work.sweep-interval=100ms", "pipeline.work.backoff.initial=100ms",
                "pipeline.work.backoff.max=500ms", "credit-check.pending-poll-interval=300ms" })
public @interface CreditCheckIntegrationTest {

}
