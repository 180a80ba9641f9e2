package csp.enrollment.notification.email;

/**
 * Names Jakarta Mail's stream provider once, for the whole JVM. Unnamed, Jakarta Mail
 * looks it up with a {@code ServiceLoader} for every body part and multipart it builds
 * (opening the nested jar URLs of a Spring Boot jar each time: 5 % of the pipeline's CPU
 * in a profile); named, the lookup is a class load. Left alone when set already or when
 * Angus Mail is not the implementation.
 */
final class MailStreamProvider {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailStreamProvider() {
    }

    static synchronized void nameOnce() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            Class.forName(ANGUS, false, MailStreamProvider.class.getClassLoader());
            System.setProperty(PROPERTY, ANGUS);
        }
        catch (ClassNotFoundException otherImplementation) {
            // another Jakarta Mail implementation: its own lookup stays
        }
    }

}
