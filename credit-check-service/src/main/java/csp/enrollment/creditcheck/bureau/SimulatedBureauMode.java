package csp.enrollment.creditcheck.bureau;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Present only when the simulated bureau is turned on
 * ({@code credit-check.bureau.mode=simulated}; the default is {@code http}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(prefix = "credit-check.bureau", name = "mode", havingValue = "simulated")
@interface SimulatedBureauMode {

}
