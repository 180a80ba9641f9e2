package csp.enrollment.infrastructure.registry;

/** Confluent's version ids in paths: 1 to 2^31-1, or {@code latest} (also {@code -1}). */
final class VersionIds {

    /** The newest live version. */
    static final int LATEST = -1;

    private VersionIds() {
    }

    /** The version number, {@link #LATEST}, or {@code 42202} for anything else. */
    static int parse(String text) {
        if (text.equals("latest")) {
            return LATEST;
        }
        try {
            int version = Integer.parseInt(text);
            if (version >= 1 || version == LATEST) {
                return version;
            }
        }
        catch (NumberFormatException e) {
            // not a number: invalid like zero
        }
        throw RegistryErrors.invalidVersion(text);
    }

}
