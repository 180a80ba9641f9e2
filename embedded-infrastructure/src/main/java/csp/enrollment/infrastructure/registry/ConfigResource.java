package csp.enrollment.infrastructure.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * {@code /config} and {@code /mode}. Reads answer {@code {"compatibilityLevel": ...}},
 * updates take and echo {@code {"compatibility": ...}}, as in Confluent. A subject
 * without a level of its own answers {@code 40408} unless {@code defaultToGlobal=true}.
 * The mode is always READWRITE.
 */
final class ConfigResource {

    private static final String MODE = "READWRITE";

    private final SchemaStore store;

    private final ObjectMapper json;

    ConfigResource(SchemaStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    void addTo(Routes routes) {
        routes.get("/config", request -> level(store.globalLevel()))
            .put("/config", request -> update(null, request.body()))
            .delete("/config", this::resetGlobal)
            .get("/config/{subject}", this::subjectLevel)
            .put("/config/{subject}",
                    request -> update(SchemaRequests.validSubject(request.path("subject")), request.body()))
            .delete("/config/{subject}", this::removeSubjectLevel)
            .get("/mode", request -> mode())
            .get("/mode/{subject}", this::subjectMode);
    }

    private Object subjectLevel(RegistryRequest request) {
        String subject = request.path("subject");
        return store.subjectLevel(subject)
            .or(() -> request.flag("defaultToGlobal") ? Optional.of(store.globalLevel()) : Optional.empty())
            .map(this::level)
            .orElseThrow(() -> RegistryErrors.subjectLevelNotConfigured(subject));
    }

    /** Answers the level that was in force, then falls back to the default. */
    private Object resetGlobal(RegistryRequest request) {
        CompatibilityLevel old = store.globalLevel();
        store.removeLevel(null);
        return level(old);
    }

    private Object removeSubjectLevel(RegistryRequest request) {
        String subject = request.path("subject");
        CompatibilityLevel old = store.subjectLevel(subject).orElseThrow(() -> RegistryErrors.subjectNotFound(subject));
        store.removeLevel(subject);
        return level(old);
    }

    /** A body without {@code compatibility} changes nothing, as in Confluent. */
    private Object update(String subject, JsonNode body) {
        JsonNode requested = body.path("compatibility");
        if (requested.isMissingNode() || requested.isNull()) {
            return json.createObjectNode();
        }
        CompatibilityLevel level = CompatibilityLevel.parse(requested.isTextual() ? requested.asText() : null);
        store.setLevel(subject, level);
        return json.createObjectNode().put("compatibility", level.name());
    }

    private Object subjectMode(RegistryRequest request) {
        if (!request.flag("defaultToGlobal")) {
            throw RegistryErrors.subjectModeNotConfigured(request.path("subject"));
        }
        return mode();
    }

    private ObjectNode level(CompatibilityLevel level) {
        return json.createObjectNode().put("compatibilityLevel", level.name());
    }

    private ObjectNode mode() {
        return json.createObjectNode().put("mode", MODE);
    }

}
