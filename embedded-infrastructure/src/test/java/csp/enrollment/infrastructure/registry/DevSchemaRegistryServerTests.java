package csp.enrollment.infrastructure.registry;

import static org.assertj.core.api.Assertions.assertThat;

import csp.enrollment.infrastructure.registry.RegistryHttp.Answer;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSchemaRegistryServerTests {

    private static final String PARTNER_V1 = """
            {"type":"record","name":"Partner","namespace":"test","fields":[{"name":"name","type":"string"}]}""";
    private static final String PARTNER_V2_OPTIONAL_FIELD = """
            {"type":"record","name":"Partner","namespace":"test","fields":[{"name":"name","type":"string"},
             {"name":"country","type":["null","string"],"default":null}]}""";
    private static final String PARTNER_V2_REQUIRED_FIELD = """
            {"type":"record","name":"Partner","namespace":"test","fields":[{"name":"name","type":"string"},
             {"name":"taxId","type":"string"}]}""";
    private static final String INVOICE = """
            {"type":"record","name":"Invoice","namespace":"test","fields":[{"name":"total","type":"long"}]}""";

    @TempDir
    Path dir;

    private DevSchemaRegistryServer server;
    private RegistryHttp http;

    @BeforeEach
    void start() {
        server = DevSchemaRegistryServer.start(0);
        http = new RegistryHttp(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void registersASchemaOnceAndAnswersEveryReadOfIt() {
        Answer registered = http.post("/subjects/partners-value/versions", RegistryHttp.schemaRequest(PARTNER_V1));
        Answer again = http.post("/subjects/partners-value/versions", RegistryHttp.schemaRequest(PARTNER_V1));

        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(registered.body().get("id").asInt()).isEqualTo(1);
        assertThat(again.body().get("id").asInt()).isEqualTo(1);

        Answer lookup = http.post("/subjects/partners-value", RegistryHttp.schemaRequest(PARTNER_V1));
        assertThat(lookup.body().get("subject").asText()).isEqualTo("partners-value");
        assertThat(lookup.body().get("version").asInt()).isEqualTo(1);
        assertThat(lookup.body().get("id").asInt()).isEqualTo(1);
        assertThat(parse(lookup.body().get("schema").asText())).isEqualTo(parse(PARTNER_V1));

        assertThat(parse(http.get("/schemas/ids/1").body().get("schema").asText())).isEqualTo(parse(PARTNER_V1));
        Answer latest = http.get("/subjects/partners-value/versions/latest");
        assertThat(latest.body().get("version").asInt()).isEqualTo(1);
        assertThat(latest.body().get("id").asInt()).isEqualTo(1);
        assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"partners-value\"]");
        assertThat(http.get("/subjects/partners-value/versions").body().toString()).isEqualTo("[1]");
        assertThat(http.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
    }

    @Test
    void givesTheSameSchemaTheSameIdInEverySubject() {
        int first = http.post("/subjects/a-value/versions", RegistryHttp.schemaRequest(PARTNER_V1)).body().get("id").asInt();
        int other = http.post("/subjects/b-value/versions", RegistryHttp.schemaRequest(INVOICE)).body().get("id").asInt();
        int same = http.post("/subjects/c-value/versions", RegistryHttp.schemaRequest(PARTNER_V1)).body().get("id").asInt();

        assertThat(same).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void addsAVersionForABackwardCompatibleChange() {
        http.post("/subjects/partners-value/versions", RegistryHttp.schemaRequest(PARTNER_V1));

        Answer v2 = http.post("/subjects/partners-value/versions", RegistryHttp.schemaRequest(PARTNER_V2_OPTIONAL_FIELD));

        assertThat(v2.body().get("id").asInt()).isEqualTo(2);
        assertThat(http.get("/subjects/partners-value/versions").body().toString()).isEqualTo("[1,2]");
        assertThat(http.get("/subjects/partners-value/versions/latest").body().get("version").asInt()).isEqualTo(2);
        assertThat(http.get("/subjects/partners-value/versions/1").body().get("id").asInt()).isEqualTo(1);
    }

    @Test
    void rejectsAnIncompatibleChangeWith409() {
        http.post("/subjects/partners-value/versions", RegistryHttp.schemaRequest(PARTNER_V1));

        Answer rejected = http.post("/subjects/partners-value/versions", RegistryHttp.schemaRequest(PARTNER_V2_REQUIRED_FIELD));

        assertThat(rejected.status()).isEqualTo(409);
        assertThat(rejected.errorCode()).isEqualTo(409);
        assertThat(rejected.body().get("message").asText()).contains("incompatible");
    }

    @Test
    void answersConfluentErrorCodesForWhatItDoesNotHave() {
        http.post("/subjects/partners-value/versions", RegistryHttp.schemaRequest(PARTNER_V1));

        assertError(http.get("/schemas/ids/99"), 404, 40403);
        assertError(http.get("/subjects/unknown-value/versions/latest"), 404, 40401);
        assertError(http.get("/subjects/unknown-value/versions"), 404, 40401);
        assertError(http.get("/subjects/partners-value/versions/7"), 404, 40402);
        assertError(http.get("/subjects/partners-value/versions/first"), 422, 42202);
        assertError(http.post("/subjects/unknown-value", RegistryHttp.schemaRequest(PARTNER_V1)), 404, 40401);
        assertError(http.post("/subjects/partners-value", RegistryHttp.schemaRequest(INVOICE)), 404, 40403);
        assertError(http.post("/subjects/partners-value/versions", RegistryHttp.schemaRequest("{\"type\":\"recrd\"}")), 422, 42201);
        assertError(http.post("/subjects/partners-value/versions", "{\"schemaType\":\"PROTOBUF\",\"schema\":\"x\"}"), 422, 42201);
        assertError(http.post("/subjects/partners-value/versions", "not json"), 400, 400);
        assertError(http.get("/no/such/path"), 404, 404);
        assertError(http.post("/subjects", "{}"), 405, 405);
    }

    @Test
    void keepsIdsAndVersionsAcrossARestartWithADirectory() {
        server.close();
        server = DevSchemaRegistryServer.start(0, dir);
        http = new RegistryHttp(server.url());
        http.post("/subjects/partners-value/versions", RegistryHttp.schemaRequest(PARTNER_V1));
        http.post("/subjects/partners-value/versions", RegistryHttp.schemaRequest(PARTNER_V2_OPTIONAL_FIELD));
        http.post("/subjects/invoices-value/versions", RegistryHttp.schemaRequest(INVOICE));
        server.close();

        server = DevSchemaRegistryServer.start(0, dir);
        http = new RegistryHttp(server.url());

        assertThat(parse(http.get("/schemas/ids/1").body().get("schema").asText())).isEqualTo(parse(PARTNER_V1));
        assertThat(parse(http.get("/schemas/ids/3").body().get("schema").asText())).isEqualTo(parse(INVOICE));
        assertThat(http.get("/subjects/partners-value/versions/latest").body().get("id").asInt()).isEqualTo(2);
        assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"invoices-value\",\"partners-value\"]");
        assertThat(http.post("/subjects/partners-value/versions", RegistryHttp.schemaRequest(PARTNER_V1)).body().get("id").asInt())
                .isEqualTo(1);
        String newSchema = PARTNER_V2_OPTIONAL_FIELD.replace("\"country\"", "\"region\"");
        assertThat(http.post("/subjects/other-value/versions", RegistryHttp.schemaRequest(newSchema)).body().get("id").asInt())
                .isEqualTo(4);
    }

    private static void assertError(Answer answer, int status, int errorCode) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.errorCode()).as(answer.body().toString()).isEqualTo(errorCode);
        assertThat(answer.body().get("message").asText()).isNotBlank();
    }

    private static Schema parse(String schema) {
        return new Schema.Parser().parse(schema);
    }
}
