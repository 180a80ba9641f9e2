package csp.enrollment.infrastructure.registry;

import static csp.enrollment.infrastructure.registry.DevSchemaRegistryServerIntegrationTests.INVOICE;
import static csp.enrollment.infrastructure.registry.DevSchemaRegistryServerIntegrationTests.PARTNER_V1;
import static csp.enrollment.infrastructure.registry.DevSchemaRegistryServerIntegrationTests.PARTNER_V2_OPTIONAL_FIELD;
import static csp.enrollment.infrastructure.registry.DevSchemaRegistryServerIntegrationTests.PARTNER_WITHOUT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/**
 * Run in a child JVM by the tests: registers, deletes and sets levels over HTTP on a
 * registry with a directory, then halts the JVM at once, as a {@code kill -9} would,
 * closing nothing.
 */
public final class KilledRegistry {

    static final int HALTED = 9;

    public static void main(String[] args) {
        DevSchemaRegistryServer server = DevSchemaRegistryServer.start(0, Path.of(args[0]));
        RegistryHttp http = new RegistryHttp(server.url());
        post(http, "/subjects/partners-value/versions", PARTNER_V1);
        post(http, "/subjects/partners-value/versions", PARTNER_V2_OPTIONAL_FIELD);
        post(http, "/subjects/invoices-value/versions", INVOICE);
        post(http, "/subjects/gone-value/versions", PARTNER_WITHOUT_NAME);
        http.delete("/subjects/partners-value/versions/1");
        http.delete("/subjects/gone-value");
        http.delete("/subjects/gone-value?permanent=true");
        http.put("/config/invoices-value", "{\"compatibility\":\"NONE\"}");
        http.put("/config", "{\"compatibility\":\"FULL_TRANSITIVE\"}");
        Runtime.getRuntime().halt(HALTED);
    }

    /** What the halted registry had answered, as a restarted one must show it. */
    static void assertStateAfterTheKill(RegistryHttp http) {
        assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"invoices-value\",\"partners-value\"]");
        assertThat(http.get("/subjects/partners-value/versions").body().toString()).isEqualTo("[2]");
        assertThat(http.get("/subjects/partners-value/versions?deleted=true").body().toString()).isEqualTo("[1,2]");
        assertThat(http.get("/schemas/ids/4").status()).isEqualTo(404);
        assertThat(http.get("/config/invoices-value").body().get("compatibilityLevel").asText()).isEqualTo("NONE");
        assertThat(http.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("FULL_TRANSITIVE");
        assertThat(http.post("/subjects/next-value/versions", RegistryHttp.schemaRequest("\"long\"")).id())
            .isEqualTo(5);
    }

    private static void post(RegistryHttp http, String path, String schema) {
        assertThat(http.post(path, RegistryHttp.schemaRequest(schema)).status()).isEqualTo(200);
    }

}
