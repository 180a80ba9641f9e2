package csp.enrollment.infrastructure.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** One REST call: the path's named parts, the query parameters and the JSON body. */
final class RegistryRequest {

    private final Map<String, String> pathParts;

    private final Map<String, String> query;

    private final String body;

    private final ObjectMapper json;

    RegistryRequest(Map<String, String> pathParts, Map<String, String> query, String body, ObjectMapper json) {
        this.pathParts = pathParts;
        this.query = query;
        this.body = body;
        this.json = json;
    }

    String path(String name) {
        return pathParts.get(name);
    }

    /** A boolean query parameter such as {@code deleted=true}; absent is false. */
    boolean flag(String name) {
        return Boolean.parseBoolean(query.get(name));
    }

    String query(String name, String otherwise) {
        return query.getOrDefault(name, otherwise);
    }

    /**
     * The body as JSON; an empty body is an empty object, unparsable JSON a {@code 400}.
     */
    JsonNode body() {
        if (body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        }
        catch (JsonProcessingException e) {
            throw RegistryErrors.badRequest("Unparsable request body: " + e.getOriginalMessage());
        }
    }

    /**
     * Confluent's {@code offset} and {@code limit} paging of list answers
     * ({@code limit=-1}: all).
     */
    <T> List<T> page(List<T> items) {
        int offset = Math.max(0, intQuery("offset", 0));
        int limit = intQuery("limit", -1);
        List<T> rest = items.subList(Math.min(offset, items.size()), items.size());
        return limit < 0 ? rest : rest.subList(0, Math.min(limit, rest.size()));
    }

    private int intQuery(String name, int otherwise) {
        try {
            return query.containsKey(name) ? Integer.parseInt(query.get(name)) : otherwise;
        }
        catch (NumberFormatException e) {
            throw RegistryErrors.badRequest("Query parameter " + name + " must be a number, not " + query.get(name));
        }
    }

}
