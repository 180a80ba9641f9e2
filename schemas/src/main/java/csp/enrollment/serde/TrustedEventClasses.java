package csp.enrollment.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Lets Avro instantiate the pipeline's generated event classes. Avro 1.12 creates a class
 * a schema names only if its {@link ClassSecurityValidator} trusts it: by default the
 * JDK's value types and the packages listed in the system property
 * {@code org.apache.avro.SERIALIZABLE_PACKAGES}. This adds the one package the schemas
 * generate, once per class loader, before the first record is read, so no main method,
 * container or test configuration has to set the property (it still works, for other
 * packages).
 */
public final class TrustedEventClasses {

    /** The namespace of every {@code .avsc} of the pipeline. */
    public static final String EVENTS_PACKAGE = "csp.enrollment.events";

    static {
        ClassSecurityValidator.setGlobal(
                ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), TrustedEventClasses::isEvent));
    }

    private TrustedEventClasses() {
    }

    /** Makes sure the event package is trusted; any call after the first does nothing. */
    public static void trust() {
        // the static initializer above has run by now
    }

    static boolean isEvent(Class<?> type) {
        return EVENTS_PACKAGE.equals(type.getPackageName());
    }

}
