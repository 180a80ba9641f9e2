package csp.enrollment.infrastructure.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/** {@code /subjects}: register, look up, list, read and delete versions. */
final class SubjectResource {

    private final SchemaStore store;

    private final ObjectMapper json;

    SubjectResource(SchemaStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    void addTo(Routes routes) {
        routes.get("/subjects", this::subjects)
            .post("/subjects/{subject}", this::lookup)
            .delete("/subjects/{subject}", this::deleteSubject)
            .get("/subjects/{subject}/versions", this::versions)
            .post("/subjects/{subject}/versions", this::register)
            .get("/subjects/{subject}/versions/{version}", this::version)
            .delete("/subjects/{subject}/versions/{version}", this::deleteVersion)
            .get("/subjects/{subject}/versions/{version}/schema", this::versionSchema)
            .get("/subjects/{subject}/versions/{version}/referencedby", this::referencedBy);
    }

    private Object subjects(RegistryRequest request) {
        return request.page(store.subjects(request.query("subjectPrefix", ""),
                SchemaStore.Filter.of(request.flag("deleted"), request.flag("deletedOnly"))));
    }

    /** Answers {@code {"id": n}} only, as Confluent does for a registration. */
    private Object register(RegistryRequest request) {
        String subject = SchemaRequests.validSubject(request.path("subject"));
        JsonNode body = request.body();
        if (body.path("id").isInt() && body.get("id").asInt() >= 0) {
            throw RegistryErrors.operationNotPermitted("Subject " + subject + " in context . is not in import mode");
        }
        return json.createObjectNode().put("id", store.register(subject, SchemaRequests.schemaOf(body)).id());
    }

    private Object lookup(RegistryRequest request) {
        String subject = request.path("subject");
        return describe(store.lookup(subject, SchemaRequests.schemaOf(request.body()), request.flag("deleted")));
    }

    private Object versions(RegistryRequest request) {
        return request.page(store.versionNumbers(request.path("subject"),
                SchemaStore.Filter.of(request.flag("deleted"), request.flag("deletedOnly"))));
    }

    private Object version(RegistryRequest request) {
        return describe(versionOf(request));
    }

    private Object versionSchema(RegistryRequest request) throws IOException {
        return json.readTree(versionOf(request).schema().toString());
    }

    /** Schema references are not supported, so nothing refers to a version. */
    private Object referencedBy(RegistryRequest request) {
        store.version(request.path("subject"), VersionIds.parse(request.path("version")), true);
        return List.of();
    }

    private Object deleteVersion(RegistryRequest request) {
        return store.deleteVersion(request.path("subject"), VersionIds.parse(request.path("version")),
                request.flag("permanent"));
    }

    private Object deleteSubject(RegistryRequest request) {
        return store.deleteSubject(request.path("subject"), request.flag("permanent"));
    }

    private SchemaStore.Version versionOf(RegistryRequest request) {
        return store.version(request.path("subject"), VersionIds.parse(request.path("version")),
                request.flag("deleted"));
    }

    /**
     * Confluent's {@code Schema} entity; {@code schemaType} is left out for AVRO, as
     * Confluent does.
     */
    static ObjectNode describe(ObjectMapper json, SchemaStore.Version version) {
        return json.createObjectNode()
            .put("subject", version.subject())
            .put("version", version.version())
            .put("id", version.id())
            .put("schema", version.schema().toString());
    }

    private ObjectNode describe(SchemaStore.Version version) {
        return describe(json, version);
    }

}
