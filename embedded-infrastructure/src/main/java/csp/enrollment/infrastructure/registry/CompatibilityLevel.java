package csp.enrollment.infrastructure.registry;

import java.util.Locale;

/**
 * Confluent's compatibility levels. BACKWARD: the new schema reads data written with the
 * old one; FORWARD: the old schema reads data written with the new one; FULL: both. A
 * transitive level checks every live version, the others the latest only.
 */
enum CompatibilityLevel {

    NONE(false, false, false), BACKWARD(true, false, false), BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false), FORWARD_TRANSITIVE(false, true, true), FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    final boolean newReadsOld;

    final boolean oldReadsNew;

    final boolean transitive;

    CompatibilityLevel(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
        this.newReadsOld = newReadsOld;
        this.oldReadsNew = oldReadsNew;
        this.transitive = transitive;
    }

    /**
     * Case-insensitive, as Confluent accepts {@code "none"}; {@code 42203} for anything
     * else.
     */
    static CompatibilityLevel parse(String name) {
        if (name != null) {
            for (CompatibilityLevel level : values()) {
                if (level.name().equals(name.toUpperCase(Locale.ROOT))) {
                    return level;
                }
            }
        }
        throw RegistryErrors.invalidCompatibilityLevel();
    }

}
