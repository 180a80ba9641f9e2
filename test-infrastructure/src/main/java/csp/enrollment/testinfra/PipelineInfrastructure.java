package csp.enrollment.testinfra;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a real Kafka broker, a MongoDB wire-protocol server, an SMTP server
 * and a schema registry, started once per JVM, and points Spring Boot at them through
 * system properties. Put it before {@code @SpringBootTest} so the properties are set
 * before the application context is created.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(InfrastructureExtension.class)
public @interface PipelineInfrastructure {

}
