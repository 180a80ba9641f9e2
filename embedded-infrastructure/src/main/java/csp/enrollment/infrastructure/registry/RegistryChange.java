package csp.enrollment.infrastructure.registry;

import org.apache.avro.Schema;

/**
 * One change to the registry, as the log keeps it. Live requests and a restart apply the
 * same changes through {@link SchemaStore#apply(RegistryChange)}, so a replayed log ends
 * in the state the clients were told about.
 */
sealed interface RegistryChange {

    /**
     * {@code schema} became {@code version} of {@code subject} with global id {@code id}.
     */
    record Registered(String subject, int version, int id, Schema schema) implements RegistryChange {
    }

    /** One version deleted: soft (hidden, still readable by id) or permanent (gone). */
    record VersionDeleted(String subject, int version, boolean permanent) implements RegistryChange {
    }

    /** Every version of a subject deleted, soft or permanent. */
    record SubjectDeleted(String subject, boolean permanent) implements RegistryChange {
    }

    /**
     * The compatibility level of a subject, or the global one when {@code subject} is
     * null; a null level removes it.
     */
    record CompatibilitySet(String subject, CompatibilityLevel level) implements RegistryChange {
    }

}
