package csp.enrollment.testinfra;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Starts the shared infrastructure (once per JVM) and exports its addresses before the
 * test class runs. Also hooked into test instance post-processing, which comes first with
 * {@code @TestInstance(PER_CLASS)}, and where Spring creates its application context.
 */
public final class InfrastructureExtension implements BeforeAllCallback, TestInstancePostProcessor {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestInfrastructure.get().exportSystemProperties();
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        TestInfrastructure.get().exportSystemProperties();
    }

}
