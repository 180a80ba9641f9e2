package csp.enrollment.serde;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a {@code schema.registry.url} into a client, as Confluent's serde does:
 * {@code mock://<scope>} is one in-JVM {@link InMemorySchemaRegistry} shared by
 * everything using that scope, anything else is the REST API at the first URL of a
 * comma-separated list. Always behind a {@link CachingSchemaRegistryClient}.
 */
public final class SchemaRegistryClients {

    /** The URL prefix of an in-JVM registry. */
    public static final String MOCK_PREFIX = "mock://";

    private static final Map<String, InMemorySchemaRegistry> MOCK_SCOPES = new ConcurrentHashMap<>();

    private SchemaRegistryClients() {
    }

    /**
     * A caching client for {@code url} (a comma-separated list is allowed; its first
     * entry is used).
     */
    public static CachingSchemaRegistryClient create(String url) {
        String first = firstUrl(url);
        if (first.startsWith(MOCK_PREFIX)) {
            return new CachingSchemaRegistryClient(mockScope(first.substring(MOCK_PREFIX.length())));
        }
        return new CachingSchemaRegistryClient(new RestSchemaRegistryClient(first));
    }

    /** The in-JVM registry of {@code scope}, created on first use. */
    public static InMemorySchemaRegistry mockScope(String scope) {
        return MOCK_SCOPES.computeIfAbsent(scope, s -> new InMemorySchemaRegistry());
    }

    /**
     * Forgets the in-JVM registry of {@code scope}: clients created afterwards start
     * empty. Clients created before keep the old registry.
     */
    public static void dropScope(String scope) {
        MOCK_SCOPES.remove(scope);
    }

    private static String firstUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no schema registry URL given");
        }
        String first = url.split(",", -1)[0].trim();
        if (first.isEmpty()) {
            throw new IllegalArgumentException("no schema registry URL in '" + url + "'");
        }
        return first;
    }

}
