package csp.enrollment.serde;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;

/**
 * Remembers what never changes in a registry, so the serde makes one registry call per
 * schema and never one per record: the id of a (subject, schema) once registered or
 * found, and the schema of an id. Failures are not remembered (a registry that comes back
 * is used again). The latest version and the subject list change, so they always go to
 * the registry.
 */
public final class CachingSchemaRegistryClient implements SchemaRegistryClient {

    private final SchemaRegistryClient registry;

    private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();

    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    public CachingSchemaRegistryClient(SchemaRegistryClient registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** {@code registry} wrapped in a cache, unless it is one already. */
    public static CachingSchemaRegistryClient of(SchemaRegistryClient registry) {
        return registry instanceof CachingSchemaRegistryClient caching ? caching
                : new CachingSchemaRegistryClient(registry);
    }

    /** The client this cache calls. */
    public SchemaRegistryClient delegate() {
        return registry;
    }

    // get-then-put rather than computeIfAbsent: a slow registry call must not hold a map
    // lock, and
    // two threads racing on a new schema only make the same idempotent call twice.
    @Override
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer id = idsBySubjectSchema.get(key);
        if (id == null) {
            id = registry.register(subject, schema);
            idsBySubjectSchema.put(key, id);
        }
        return id;
    }

    @Override
    public int idOf(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer id = idsBySubjectSchema.get(key);
        if (id == null) {
            id = registry.idOf(subject, schema);
            idsBySubjectSchema.put(key, id);
        }
        return id;
    }

    @Override
    public Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            schema = registry.schemaById(id);
            schemasById.put(id, schema);
        }
        return schema;
    }

    @Override
    public RegisteredSchema latest(String subject) {
        return registry.latest(subject);
    }

    @Override
    public List<String> subjects() {
        return registry.subjects();
    }

    @Override
    public String toString() {
        return "CachingSchemaRegistryClient[" + registry + "]";
    }

    private record SubjectSchema(String subject, Schema schema) {

        SubjectSchema {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(schema, "schema");
        }
    }

}
