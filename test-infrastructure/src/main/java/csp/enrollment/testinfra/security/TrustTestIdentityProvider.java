package csp.enrollment.testinfra.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the shared {@link TestIdentityProvider} and makes every service started in this
 * JVM trust it: sets the system property {@value TestIdentityProvider#ISSUER_PROPERTY} to
 * its issuer. Put it before {@code @SpringBootTest} (as {@code @PipelineInfrastructure}),
 * so the property is there before the application context is created; a service's own
 * {@code builder().run(...)} sees it too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TrustTestIdentityProvider.Extension.class)
public @interface TrustTestIdentityProvider {

    class Extension implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            System.setProperty(TestIdentityProvider.ISSUER_PROPERTY, TestIdentityProvider.get().issuer());
        }

    }

}
