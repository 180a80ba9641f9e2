package csp.enrollment.infrastructure.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * {@code /schemas}: schemas by global id, the ids' subjects and versions, the supported
 * types.
 */
final class SchemaResource {

    private final SchemaStore store;

    private final ObjectMapper json;

    SchemaResource(SchemaStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    void addTo(Routes routes) {
        routes.get("/", request -> json.createObjectNode())
            .get("/schemas", this::schemas)
            .get("/schemas/types", request -> List.of("AVRO"))
            .get("/schemas/ids/{id}", this::byId)
            .get("/schemas/ids/{id}/schema", this::rawById)
            .get("/schemas/ids/{id}/subjects", this::subjectsOfId)
            .get("/schemas/ids/{id}/versions", this::versionsOfId);
    }

    private Object schemas(RegistryRequest request) {
        return request
            .page(store.schemas(request.query("subjectPrefix", ""), request.flag("deleted"), request.flag("latestOnly"))
                .stream()
                .map(version -> SubjectResource.describe(json, version))
                .toList());
    }

    private Object byId(RegistryRequest request) {
        ObjectNode answer = json.createObjectNode().put("schema", store.schemaById(id(request)).toString());
        if (request.flag("fetchMaxId")) {
            answer.put("maxId", store.maxId());
        }
        return answer;
    }

    private Object rawById(RegistryRequest request) throws IOException {
        return json.readTree(store.schemaById(id(request)).toString());
    }

    private Object subjectsOfId(RegistryRequest request) {
        return request.page(store.versionsWithId(id(request), request.flag("deleted"))
            .stream()
            .map(SchemaStore.Version::subject)
            .distinct()
            .sorted()
            .toList());
    }

    private Object versionsOfId(RegistryRequest request) {
        return request.page(store.versionsWithId(id(request), request.flag("deleted"))
            .stream()
            .map(version -> json.createObjectNode().put("subject", version.subject()).put("version", version.version()))
            .toList());
    }

    /**
     * A path id that is no number matches no resource, as in Confluent (JAX-RS answers a
     * plain 404).
     */
    private static int id(RegistryRequest request) {
        try {
            return Integer.parseInt(request.path("id"));
        }
        catch (NumberFormatException e) {
            throw RegistryErrors.notFound();
        }
    }

}
