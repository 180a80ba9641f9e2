package csp.enrollment.infrastructure.registry;

import csp.enrollment.infrastructure.registry.RegistryChange.CompatibilitySet;
import csp.enrollment.infrastructure.registry.RegistryChange.Registered;
import csp.enrollment.infrastructure.registry.RegistryChange.SubjectDeleted;
import csp.enrollment.infrastructure.registry.RegistryChange.VersionDeleted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.avro.Schema;

/**
 * Subjects, versions, schema ids and compatibility levels, with Confluent Schema
 * Registry's rules: ids are global and never reused; the same schema (same
 * {@link Schema#toString()}, as Confluent compares the parsed schema) has one id in every
 * subject; a new version must pass the subject's compatibility level; a soft-deleted
 * version is hidden but its id still resolves, a permanent delete needs a soft one first;
 * re-registering a soft-deleted schema makes it the newest version.
 *
 * <p>
 * Every change goes to the journal before it is applied, so what a client was told is
 * what a restart restores. Thread-safe: one lock, as the registry is small and rarely
 * written.
 */
final class SchemaStore {

    /** Confluent's default level. */
    static final CompatibilityLevel DEFAULT_LEVEL = CompatibilityLevel.BACKWARD;

    /** A version of a subject. */
    record Version(String subject, int version, int id, Schema schema, boolean deleted) {

        Version asDeleted() {
            return new Version(subject, version, id, schema, true);
        }
    }

    /**
     * Which versions a read sees, as Confluent's {@code deleted} and {@code deletedOnly}
     * parameters.
     */
    enum Filter {

        LIVE, INCLUDING_DELETED, DELETED_ONLY;

        static Filter of(boolean deleted, boolean deletedOnly) {
            return deletedOnly ? DELETED_ONLY : deleted ? INCLUDING_DELETED : LIVE;
        }

        boolean admits(Version version) {
            return switch (this) {
                case LIVE -> !version.deleted();
                case INCLUDING_DELETED -> true;
                case DELETED_ONLY -> version.deleted();
            };
        }

    }

    private final Consumer<RegistryChange> journal;

    private final Map<Integer, Schema> schemasById = new HashMap<>();

    private final Map<String, Integer> idsBySchema = new HashMap<>();

    private final TreeMap<String, TreeMap<Integer, Version>> subjects = new TreeMap<>();

    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();

    private CompatibilityLevel globalLevel = DEFAULT_LEVEL;

    private int maxId;

    SchemaStore(Consumer<RegistryChange> journal) {
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    // ---- registration and look-up

    /**
     * Registers {@code schema} under {@code subject}, or answers the live version that
     * already has it.
     */
    synchronized Version register(String subject, Schema schema) {
        Optional<Version> existing = find(subject, schema, Filter.LIVE);
        if (existing.isPresent()) {
            return existing.get();
        }
        List<String> problems = CompatibilityChecker.check(levelFor(subject), schema, versions(subject, Filter.LIVE));
        if (!problems.isEmpty()) {
            throw RegistryErrors.incompatible(subject, problems);
        }
        int id = idsBySchema.getOrDefault(schema.toString(), maxId + 1);
        TreeMap<Integer, Version> versions = subjects.get(subject);
        // soft-deleted versions count: a version number is reused only after a permanent
        // delete
        int version = versions == null || versions.isEmpty() ? 1 : versions.lastKey() + 1;
        record(new Registered(subject, version, id, schema));
        return subjects.get(subject).get(version);
    }

    /**
     * The newest version of {@code subject} holding {@code schema}: {@code 40401},
     * {@code 40403} if none.
     */
    synchronized Version lookup(String subject, Schema schema, boolean includingDeleted) {
        Filter filter = includingDeleted ? Filter.INCLUDING_DELETED : Filter.LIVE;
        return find(subject, schema, filter).orElseThrow(() -> hasVersions(subject, filter)
                ? RegistryErrors.schemaNotFound() : RegistryErrors.subjectNotFound(subject));
    }

    /**
     * What a compatibility check compares with: one live version, or every live one when
     * {@code version} is null.
     */
    synchronized List<Version> compatibilityTargets(String subject, Integer version) {
        if (version == null) {
            return versions(subject, Filter.LIVE);
        }
        Optional<Version> target = find(subject, version, Filter.LIVE);
        if (target.isEmpty() && version != VersionIds.LATEST) {
            throw RegistryErrors.versionNotFound(version);
        }
        return target.map(List::of).orElse(List.of());
    }

    /**
     * Compatibility messages of {@code candidate} against {@code against} under the
     * subject's level; none if compatible.
     */
    synchronized List<String> checkCompatibility(String subject, Schema candidate, List<Version> against) {
        return CompatibilityChecker.check(levelFor(subject), candidate, against);
    }

    // ---- reads

    /**
     * {@code version} (or {@link VersionIds#LATEST}, the newest live one): {@code 40401},
     * {@code 40402} if absent.
     */
    synchronized Version version(String subject, int version, boolean includingDeleted) {
        Filter filter = includingDeleted ? Filter.INCLUDING_DELETED : Filter.LIVE;
        return find(subject, version, filter).orElseThrow(() -> hasVersions(subject, filter)
                ? RegistryErrors.versionNotFound(version) : RegistryErrors.subjectNotFound(subject));
    }

    /**
     * The subject's version numbers the filter admits, ascending; {@code 40401} if it has
     * none.
     */
    synchronized List<Integer> versionNumbers(String subject, Filter filter) {
        if (!hasVersions(subject, filter == Filter.LIVE ? Filter.LIVE : Filter.INCLUDING_DELETED)) {
            throw RegistryErrors.subjectNotFound(subject);
        }
        return versions(subject, filter).stream().map(Version::version).toList();
    }

    /**
     * Subjects starting with {@code prefix}: with a live version; with any version; or
     * with deleted ones only.
     */
    synchronized List<String> subjects(String prefix, Filter filter) {
        return subjects.keySet()
            .stream()
            .filter(subject -> subject.startsWith(prefix))
            .filter(subject -> switch (filter) {
                case LIVE -> hasVersions(subject, Filter.LIVE);
                case INCLUDING_DELETED -> hasVersions(subject, Filter.INCLUDING_DELETED);
                case DELETED_ONLY -> !hasVersions(subject, Filter.LIVE) && hasVersions(subject, Filter.DELETED_ONLY);
            })
            .toList();
    }

    /**
     * Every version of the subjects starting with {@code prefix}, or the newest live one
     * of each.
     */
    synchronized List<Version> schemas(String prefix, boolean includingDeleted, boolean latestOnly) {
        List<Version> found = new ArrayList<>();
        for (String subject : subjects(prefix, includingDeleted ? Filter.INCLUDING_DELETED : Filter.LIVE)) {
            if (latestOnly) {
                find(subject, VersionIds.LATEST, Filter.LIVE).ifPresent(found::add);
            }
            else {
                found.addAll(versions(subject, includingDeleted ? Filter.INCLUDING_DELETED : Filter.LIVE));
            }
        }
        return found;
    }

    /**
     * The schema with global id {@code id}, soft-deleted or not; {@code 40403} if there
     * is none.
     */
    synchronized Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw RegistryErrors.schemaNotFound(id);
        }
        return schema;
    }

    /**
     * The subject versions that carry id {@code id}; {@code 40403} if the id is unknown.
     */
    synchronized List<Version> versionsWithId(int id, boolean includingDeleted) {
        if (!schemasById.containsKey(id)) {
            throw RegistryErrors.schemaNotFound();
        }
        Filter filter = includingDeleted ? Filter.INCLUDING_DELETED : Filter.LIVE;
        return subjects.values()
            .stream()
            .flatMap(versions -> versions.values().stream())
            .filter(version -> version.id() == id && filter.admits(version))
            .toList();
    }

    /** The highest id ever given. */
    synchronized int maxId() {
        return maxId;
    }

    // ---- deletes

    /**
     * Deletes one version (or the newest live one for {@link VersionIds#LATEST}); returns
     * its number.
     */
    synchronized int deleteVersion(String subject, int version, boolean permanent) {
        Optional<Version> any = find(subject, version, Filter.INCLUDING_DELETED);
        if (!permanent && any.isPresent() && any.get().deleted()) {
            throw RegistryErrors.versionSoftDeleted(subject, any.get().version());
        }
        Version target = any.orElseThrow(() -> hasVersions(subject, Filter.INCLUDING_DELETED)
                ? RegistryErrors.versionNotFound(version) : RegistryErrors.subjectNotFound(subject));
        if (permanent && !target.deleted()) {
            throw RegistryErrors.versionNotSoftDeleted(subject, target.version());
        }
        record(new VersionDeleted(subject, target.version(), permanent));
        return target.version();
    }

    /** Deletes every version of {@code subject}; returns their numbers. */
    synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
        if (!hasVersions(subject, Filter.INCLUDING_DELETED)) {
            throw RegistryErrors.subjectNotFound(subject);
        }
        if (permanent && hasVersions(subject, Filter.LIVE)) {
            throw RegistryErrors.subjectNotSoftDeleted(subject);
        }
        if (!permanent && !hasVersions(subject, Filter.LIVE)) {
            throw RegistryErrors.subjectSoftDeleted(subject);
        }
        List<Integer> deleted = versions(subject, permanent ? Filter.INCLUDING_DELETED : Filter.LIVE).stream()
            .map(Version::version)
            .toList();
        record(new SubjectDeleted(subject, permanent));
        return deleted;
    }

    // ---- compatibility levels

    synchronized CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    synchronized Optional<CompatibilityLevel> subjectLevel(String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }

    /**
     * The subject's own level, else the global one: what a registration under it must
     * pass.
     */
    synchronized CompatibilityLevel levelFor(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    /** Sets the level of {@code subject}, or the global level when it is null. */
    synchronized void setLevel(String subject, CompatibilityLevel level) {
        record(new CompatibilitySet(subject, Objects.requireNonNull(level, "level")));
    }

    /**
     * Removes the subject's own level (the global one applies again), or resets the
     * global level.
     */
    synchronized void removeLevel(String subject) {
        record(new CompatibilitySet(subject, null));
    }

    // ---- changes

    /**
     * Applies a change without journalling it: a live one after the journal took it, or
     * one replayed from the log.
     */
    synchronized void apply(RegistryChange change) {
        if (change instanceof Registered registered) {
            applyRegistered(registered);
        }
        else if (change instanceof VersionDeleted deleted) {
            TreeMap<Integer, Version> versions = subjects.get(deleted.subject());
            Version version = versions == null ? null : versions.get(deleted.version());
            if (version != null) {
                if (deleted.permanent()) {
                    versions.remove(deleted.version());
                    forgetIfEmpty(deleted.subject());
                    forgetIfUnused(version);
                }
                else {
                    versions.put(version.version(), version.asDeleted());
                }
            }
        }
        else if (change instanceof SubjectDeleted deleted) {
            TreeMap<Integer, Version> versions = subjects.getOrDefault(deleted.subject(), new TreeMap<>());
            List<Version> before = List.copyOf(versions.values());
            if (deleted.permanent()) {
                versions.clear();
                forgetIfEmpty(deleted.subject());
                before.forEach(this::forgetIfUnused);
            }
            else {
                before.forEach(version -> versions.put(version.version(), version.asDeleted()));
            }
        }
        else if (change instanceof CompatibilitySet set) {
            if (set.subject() == null) {
                globalLevel = set.level() == null ? DEFAULT_LEVEL : set.level();
            }
            else if (set.level() == null) {
                subjectLevels.remove(set.subject());
            }
            else {
                subjectLevels.put(set.subject(), set.level());
            }
        }
    }

    private void applyRegistered(Registered registered) {
        String text = registered.schema().toString();
        schemasById.putIfAbsent(registered.id(), registered.schema());
        idsBySchema.put(text, registered.id());
        maxId = Math.max(maxId, registered.id());
        TreeMap<Integer, Version> versions = subjects.computeIfAbsent(registered.subject(), s -> new TreeMap<>());
        // the schema comes back as the newest version; its soft-deleted earlier versions
        // go, as in Confluent
        versions.values().removeIf(version -> version.deleted() && version.id() == registered.id());
        versions.put(registered.version(), new Version(registered.subject(), registered.version(), registered.id(),
                schemasById.get(registered.id()), false));
    }

    private void record(RegistryChange change) {
        journal.accept(change);
        apply(change);
    }

    /**
     * A subject with no version left loses its level too, as a permanent delete does in
     * Confluent.
     */
    private void forgetIfEmpty(String subject) {
        TreeMap<Integer, Version> versions = subjects.get(subject);
        if (versions != null && versions.isEmpty()) {
            subjects.remove(subject);
            subjectLevels.remove(subject);
        }
    }

    /**
     * An id no version carries any more resolves no longer; a new registration of its
     * schema gets a new id.
     */
    private void forgetIfUnused(Version removed) {
        boolean used = subjects.values()
            .stream()
            .anyMatch(versions -> versions.values().stream().anyMatch(version -> version.id() == removed.id()));
        if (!used) {
            Schema schema = schemasById.remove(removed.id());
            if (schema != null) {
                idsBySchema.remove(schema.toString(), removed.id());
            }
        }
    }

    private Optional<Version> find(String subject, Schema schema, Filter filter) {
        String text = schema.toString();
        List<Version> versions = versions(subject, filter);
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).schema().toString().equals(text)) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    private Optional<Version> find(String subject, int version, Filter filter) {
        if (version == VersionIds.LATEST) {
            List<Version> live = versions(subject, Filter.LIVE);
            return live.isEmpty() ? Optional.empty() : Optional.of(live.get(live.size() - 1));
        }
        TreeMap<Integer, Version> versions = subjects.get(subject);
        return Optional.ofNullable(versions == null ? null : versions.get(version)).filter(filter::admits);
    }

    private List<Version> versions(String subject, Filter filter) {
        TreeMap<Integer, Version> versions = subjects.get(subject);
        return versions == null ? List.of() : versions.values().stream().filter(filter::admits).toList();
    }

    private boolean hasVersions(String subject, Filter filter) {
        return !versions(subject, filter).isEmpty();
    }

}
