package csp.enrollment.infrastructure.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import csp.enrollment.serde.SchemaRegistryException;
import java.util.List;
import org.apache.avro.Schema;

/**
 * {@code /compatibility}: the dry run of a registration that CI pipelines and the
 * schema-registry Maven plugin's {@code test-compatibility} goal use. Answers
 * {@code {"is_compatible": bool}}, with {@code "messages"} when {@code verbose=true},
 * under the subject's level (or the global one). An unknown subject is compatible: there
 * is nothing to break.
 */
final class CompatibilityResource {

    private final SchemaStore store;

    private final ObjectMapper json;

    CompatibilityResource(SchemaStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    void addTo(Routes routes) {
        routes
            .post("/compatibility/subjects/{subject}/versions/{version}",
                    request -> check(request, VersionIds.parse(request.path("version"))))
            .post("/compatibility/subjects/{subject}/versions", request -> check(request, null));
    }

    /**
     * Against one version, or every live version of the subject when {@code version} is
     * null.
     */
    private Object check(RegistryRequest request, Integer version) {
        String subject = request.path("subject");
        boolean verbose = request.flag("verbose");
        List<SchemaStore.Version> against = store.compatibilityTargets(subject, version);
        List<String> messages;
        try {
            Schema candidate = SchemaRequests.schemaOf(request.body());
            messages = store.checkCompatibility(subject, candidate, against);
        }
        catch (SchemaRegistryException e) {
            if (!verbose || e.errorCode() != 42201) {
                throw e;
            }
            messages = List.of(e.getMessage()); // as Confluent: an invalid schema is an
                                                // incompatible one when verbose
        }
        ObjectNode answer = json.createObjectNode().put("is_compatible", messages.isEmpty());
        if (verbose) {
            ArrayNode list = answer.putArray("messages");
            messages.forEach(list::add);
        }
        return answer;
    }

}
