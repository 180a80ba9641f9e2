package csp.enrollment.serde;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityResult;

/**
 * A schema registry held in memory, with Confluent's semantics: ids are global and start
 * at 1, the same schema gets the same id in every subject, versions count from 1 per
 * subject and a new version must be BACKWARD compatible with the subject's latest (it can
 * read data written with it). Thread-safe. Backs {@code mock://} URLs; a caller can
 * persist it through the {@code onRegistered} callback and reload it with
 * {@link #restore(RegisteredSchema)}. (The development registry in
 * embedded-infrastructure has Confluent's full rules: levels, deletes.)
 *
 * <p>
 * Two schemas are "the same" when their full JSON forms ({@link Schema#toString()}) are
 * equal, as Confluent compares the schema string: a copy differing only in a logical type
 * or a default is a different schema, so an id never resolves to a schema that decodes
 * differently.
 */
public final class InMemorySchemaRegistry implements SchemaRegistryClient {

    private final Consumer<RegisteredSchema> onRegistered;

    private final Map<Integer, Schema> schemasById = new HashMap<>();

    private final Map<String, Integer> idsBySchemaText = new HashMap<>();

    private final Map<String, TreeMap<Integer, RegisteredSchema>> versionsBySubject = new TreeMap<>();

    private int nextId = 1;

    public InMemorySchemaRegistry() {
        this(registered -> {
        });
    }

    /**
     * {@code onRegistered} is called once per new (subject, version), while the registry
     * is locked.
     */
    public InMemorySchemaRegistry(Consumer<RegisteredSchema> onRegistered) {
        this.onRegistered = Objects.requireNonNull(onRegistered, "onRegistered");
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        requireArguments(subject, schema);
        RegisteredSchema existing = find(subject, schema);
        if (existing != null) {
            return existing.id();
        }
        TreeMap<Integer, RegisteredSchema> versions = versionsBySubject.get(subject);
        if (versions != null && !versions.isEmpty()) {
            requireBackwardCompatible(subject, schema, versions.lastEntry().getValue());
        }
        String text = schema.toString();
        Integer id = idsBySchemaText.get(text);
        if (id == null) {
            id = nextId++;
            idsBySchemaText.put(text, id);
            schemasById.put(id, schema);
        }
        int version = versions == null || versions.isEmpty() ? 1 : versions.lastKey() + 1;
        RegisteredSchema registered = new RegisteredSchema(subject, version, id, schemasById.get(id));
        versionsBySubject.computeIfAbsent(subject, s -> new TreeMap<>()).put(version, registered);
        onRegistered.accept(registered);
        return id;
    }

    @Override
    public synchronized int idOf(String subject, Schema schema) {
        return lookup(subject, schema).id();
    }

    @Override
    public synchronized Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaRegistryException(SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema " + id + " not found");
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        return versionsOf(subject).lastEntry().getValue();
    }

    @Override
    public synchronized List<String> subjects() {
        return List.copyOf(versionsBySubject.keySet());
    }

    /**
     * The version of {@code subject} holding {@code schema}; {@code 40403} if it is not
     * registered there.
     */
    public synchronized RegisteredSchema lookup(String subject, Schema schema) {
        requireArguments(subject, schema);
        RegisteredSchema found = find(subject, schema);
        if (found == null) {
            throw new SchemaRegistryException(SchemaRegistryException.SCHEMA_NOT_FOUND,
                    "Schema not found under subject '" + subject + "'");
        }
        return found;
    }

    /**
     * Version {@code version} of {@code subject}; {@code 40401} or {@code 40402} if
     * absent.
     */
    public synchronized RegisteredSchema version(String subject, int version) {
        RegisteredSchema registered = versionsOf(subject).get(version);
        if (registered == null) {
            throw new SchemaRegistryException(SchemaRegistryException.VERSION_NOT_FOUND,
                    "Version " + version + " of subject '" + subject + "' not found");
        }
        return registered;
    }

    /**
     * The version numbers of {@code subject}, ascending; {@code 40401} for an unknown
     * subject.
     */
    public synchronized List<Integer> versions(String subject) {
        return List.copyOf(versionsOf(subject).keySet());
    }

    /**
     * Re-adds a persisted entry keeping its id and version (no compatibility check, no
     * callback); later registrations get ids above every restored one.
     */
    public synchronized void restore(RegisteredSchema registered) {
        Objects.requireNonNull(registered, "registered");
        String text = registered.schema().toString();
        Schema sameId = schemasById.get(registered.id());
        if (sameId != null && !sameId.toString().equals(text)) {
            throw new IllegalArgumentException("Schema id " + registered.id() + " is already taken by another schema");
        }
        Integer knownId = idsBySchemaText.get(text);
        if (knownId != null && knownId != registered.id()) {
            throw new IllegalArgumentException("The schema of " + registered.subject() + " version "
                    + registered.version() + " already has id " + knownId + ", not " + registered.id());
        }
        schemasById.put(registered.id(), registered.schema());
        idsBySchemaText.put(text, registered.id());
        versionsBySubject.computeIfAbsent(registered.subject(), s -> new TreeMap<>())
            .put(registered.version(), registered);
        nextId = Math.max(nextId, registered.id() + 1);
    }

    private RegisteredSchema find(String subject, Schema schema) {
        TreeMap<Integer, RegisteredSchema> versions = versionsBySubject.get(subject);
        if (versions == null) {
            return null;
        }
        String text = schema.toString();
        for (RegisteredSchema registered : versions.values()) {
            if (registered.schema().toString().equals(text)) {
                return registered;
            }
        }
        return null;
    }

    private TreeMap<Integer, RegisteredSchema> versionsOf(String subject) {
        TreeMap<Integer, RegisteredSchema> versions = versionsBySubject.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw new SchemaRegistryException(SchemaRegistryException.SUBJECT_NOT_FOUND,
                    "Subject '" + subject + "' not found");
        }
        return versions;
    }

    private static void requireBackwardCompatible(String subject, Schema candidate, RegisteredSchema latest) {
        SchemaCompatibilityResult result = SchemaCompatibility
            .checkReaderWriterCompatibility(candidate, latest.schema())
            .getResult();
        if (result.getCompatibility() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            List<String> reasons = new ArrayList<>();
            for (Incompatibility incompatibility : result.getIncompatibilities()) {
                reasons.add(incompatibility.getType() + " at " + incompatibility.getLocation() + ": "
                        + incompatibility.getMessage());
            }
            throw new SchemaRegistryException(SchemaRegistryException.INCOMPATIBLE_SCHEMA,
                    "Schema being registered is incompatible with an earlier schema for subject '" + subject
                            + "' (BACKWARD against version " + latest.version() + ", id " + latest.id() + "): "
                            + reasons.stream().collect(Collectors.joining("; ")));
        }
    }

    private static void requireArguments(String subject, Schema schema) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
    }

}
