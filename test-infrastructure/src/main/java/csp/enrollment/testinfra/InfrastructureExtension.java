package csp.enrollment.testinfra;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the shared infrastructure (once per JVM) and exports its addresses before the test class runs. */
public final class InfrastructureExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestInfrastructure.get().exportSystemProperties();
    }
}
