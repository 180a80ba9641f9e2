package csp.enrollment.infrastructure.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import csp.enrollment.events.Topics;
import csp.enrollment.infrastructure.registry.RegistryHttp.Answer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The development registry over plain HTTP, as any Confluent client calls it. The
 * expected codes and semantics are Confluent Schema Registry 7.x's (its REST resources
 * and {@code RestApiTest}).
 */
class DevSchemaRegistryServerIntegrationTests {

    static final String PARTNER_V1 = """
            {"type":"record","name":"Partner","namespace":"test","fields":[{"name":"name","type":"string"}]}""";
    static final String PARTNER_V2_OPTIONAL_FIELD = """
            {"type":"record","name":"Partner","namespace":"test","fields":[{"name":"name","type":"string"},
             {"name":"country","type":["null","string"],"default":null}]}""";
    static final String PARTNER_V2_REQUIRED_FIELD = """
            {"type":"record","name":"Partner","namespace":"test","fields":[{"name":"name","type":"string"},
             {"name":"taxId","type":"string"}]}""";
    static final String PARTNER_WITHOUT_NAME = """
            {"type":"record","name":"Partner","namespace":"test","fields":[]}""";
    static final String INVOICE = """
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

    @Nested
    class Registration {

        @Test
        void registersASchemaOnceAndAnswersEveryReadOfIt() {
            Answer registered = register("partners-value", PARTNER_V1);
            Answer again = register("partners-value", PARTNER_V1);

            assertThat(registered.status()).isEqualTo(200);
            assertThat(registered.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
            assertThat(registered.body().toString()).isEqualTo("{\"id\":1}");
            assertThat(again.id()).isEqualTo(1);

            Answer lookup = http.post("/subjects/partners-value", RegistryHttp.schemaRequest(PARTNER_V1));
            assertThat(lookup.body().get("subject").asText()).isEqualTo("partners-value");
            assertThat(lookup.body().get("version").asInt()).isEqualTo(1);
            assertThat(lookup.body().get("id").asInt()).isEqualTo(1);
            assertThat(parse(lookup.body().get("schema").asText())).isEqualTo(parse(PARTNER_V1));

            assertThat(parse(http.get("/schemas/ids/1").body().get("schema").asText())).isEqualTo(parse(PARTNER_V1));
            Answer latest = http.get("/subjects/partners-value/versions/latest");
            assertThat(latest.body().get("version").asInt()).isEqualTo(1);
            assertThat(latest.body().get("id").asInt()).isEqualTo(1);
            assertThat(latest.body().has("schemaType")).as("left out for AVRO, as Confluent does").isFalse();
            assertThat(http.get("/subjects/partners-value/versions/-1").body()).isEqualTo(latest.body());
            assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"partners-value\"]");
            assertThat(http.get("/subjects/partners-value/versions").body().toString()).isEqualTo("[1]");
            assertThat(http.get("/config").body().toString()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        }

        @Test
        void servesTheBareSchemaOfAVersionAndOfAnId() {
            register("partners-value", PARTNER_V1);

            assertThat(parse(http.get("/subjects/partners-value/versions/1/schema").body().toString()))
                .isEqualTo(parse(PARTNER_V1));
            assertThat(parse(http.get("/schemas/ids/1/schema").body().toString())).isEqualTo(parse(PARTNER_V1));
            assertThat(http.get("/subjects/partners-value/versions/1/referencedby").body().toString()).isEqualTo("[]");
        }

        @Test
        void givesTheSameSchemaTheSameIdInEverySubject() {
            int first = register("a-value", PARTNER_V1).id();
            int other = register("b-value", INVOICE).id();
            int same = register("c-value", PARTNER_V1).id();

            assertThat(same).isEqualTo(first);
            assertThat(other).isNotEqualTo(first);
            assertThat(http.get("/schemas/ids/" + first + "/subjects").body().toString())
                .isEqualTo("[\"a-value\",\"c-value\"]");
            assertThat(http.get("/schemas/ids/" + first + "/versions").body().toString())
                .isEqualTo("[{\"subject\":\"a-value\",\"version\":1},{\"subject\":\"c-value\",\"version\":1}]");
            assertError(http.get("/schemas/ids/99/subjects"), 404, 40403);
            assertError(http.get("/schemas/ids/99/versions"), 404, 40403);
        }

        @Test
        void comparesSchemasParsedSoWhitespaceAndNormalizeMakeNoNewVersion() {
            int compact = register("strings-value", "\"string\"").id();
            int spaced = http
                .post("/subjects/strings-value/versions?normalize=true",
                        RegistryHttp.schemaRequest("{   \"type\":   \"string\"}"))
                .id();

            assertThat(spaced).isEqualTo(compact);
            assertThat(http.get("/subjects/strings-value/versions").body().toString()).isEqualTo("[1]");
        }

        @Test
        void addsAVersionForABackwardCompatibleChange() {
            register("partners-value", PARTNER_V1);

            Answer v2 = register("partners-value", PARTNER_V2_OPTIONAL_FIELD);

            assertThat(v2.id()).isEqualTo(2);
            assertThat(http.get("/subjects/partners-value/versions").body().toString()).isEqualTo("[1,2]");
            assertThat(http.get("/subjects/partners-value/versions/latest").body().get("version").asInt()).isEqualTo(2);
            assertThat(http.get("/subjects/partners-value/versions/1").body().get("id").asInt()).isEqualTo(1);
        }

        @Test
        void rejectsAnIncompatibleChangeWith409AndConfluentsDetails() {
            register("partners-value", PARTNER_V1);

            Answer rejected = register("partners-value", PARTNER_V2_REQUIRED_FIELD);

            assertError(rejected, 409, 409);
            assertThat(rejected.body().get("message").asText())
                .startsWith("Schema being registered is incompatible with an earlier schema for subject"
                        + " \"partners-value\", details: [{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE'")
                .contains("additionalInfo:'taxId'", "{oldSchemaVersion: 1}", "{oldSchema: '",
                        "compatibility: 'BACKWARD'");
            assertThat(http.get("/subjects/partners-value/versions").body().toString()).isEqualTo("[1]");
        }

        @Test
        void listsSchemasSubjectsAndIdsWithConfluentsFilters() {
            register("partners-value", PARTNER_V1);
            register("partners-value", PARTNER_V2_OPTIONAL_FIELD);
            register("invoices-value", INVOICE);

            assertThat(http.get("/schemas/types").body().toString()).isEqualTo("[\"AVRO\"]");
            assertThat(http.get("/schemas").body()).hasSize(3);
            assertThat(http.get("/schemas?latestOnly=true").body()).hasSize(2);
            assertThat(http.get("/schemas?subjectPrefix=part").body().findValuesAsText("subject"))
                .containsExactly("partners-value", "partners-value");
            assertThat(http.get("/subjects?subjectPrefix=inv").body().toString()).isEqualTo("[\"invoices-value\"]");
            assertThat(http.get("/subjects?offset=1&limit=1").body().toString()).isEqualTo("[\"partners-value\"]");
            assertThat(http.get("/subjects/partners-value/versions?offset=1").body().toString()).isEqualTo("[2]");
            assertThat(http.get("/schemas/ids/1").body().has("maxId")).isFalse();
            assertThat(http.get("/schemas/ids/1?fetchMaxId=true").body().get("maxId").asInt()).isEqualTo(3);
            assertThat(http.get("/").body().toString()).isEqualTo("{}");
        }

        @Test
        void answersConfluentErrorCodesForWhatItDoesNotHave() {
            register("partners-value", PARTNER_V1);

            assertError(http.get("/schemas/ids/99"), 404, 40403);
            assertError(http.get("/schemas/ids/not-a-number"), 404, 404);
            assertError(http.get("/subjects/unknown-value/versions/latest"), 404, 40401);
            assertError(http.get("/subjects/unknown-value/versions"), 404, 40401);
            assertError(http.get("/subjects/unknown-value/versions/1"), 404, 40401);
            assertError(http.get("/subjects/partners-value/versions/7"), 404, 40402);
            assertError(http.get("/subjects/partners-value/versions/first"), 422, 42202);
            assertError(http.get("/subjects/partners-value/versions/0"), 422, 42202);
            assertError(http.post("/subjects/unknown-value", RegistryHttp.schemaRequest(PARTNER_V1)), 404, 40401);
            assertError(http.post("/subjects/partners-value", RegistryHttp.schemaRequest(INVOICE)), 404, 40403);
            assertError(register("partners-value", "{\"type\":\"recrd\"}"), 422, 42201);
            assertError(http.post("/subjects/partners-value/versions", "{}"), 422, 42201);
            assertError(
                    http.post("/subjects/partners-value/versions", "{\"schemaType\":\"PROTOBUF\",\"schema\":\"x\"}"),
                    422, 42201);
            assertError(
                    http.post("/subjects/partners-value/versions",
                            "{\"schema\":\"\\\"string\\\"\","
                                    + "\"references\":[{\"name\":\"a\",\"subject\":\"a\",\"version\":1}]}"),
                    422, 42201);
            assertError(http.post("/subjects/partners-value/versions", "{\"schema\":\"\\\"string\\\"\",\"id\":12}"),
                    422, 42205);
            assertError(register("bad%0Asubject", PARTNER_V1), 422, 42208);
            assertError(http.post("/subjects/partners-value/versions", "not json"), 400, 400);
            assertError(http.get("/no/such/path"), 404, 404);
            assertError(http.post("/subjects", "{}"), 405, 405);
        }

    }

    @Nested
    class Compatibility {

        @Test
        void testsAgainstTheLatestOrANamedVersionWithoutRegistering() {
            register("partners-value", PARTNER_V1);

            Answer refused = http.post("/compatibility/subjects/partners-value/versions/latest?verbose=true",
                    RegistryHttp.schemaRequest(PARTNER_V2_REQUIRED_FIELD));
            Answer terse = http.post("/compatibility/subjects/partners-value/versions/1",
                    RegistryHttp.schemaRequest(PARTNER_V2_REQUIRED_FIELD));
            Answer accepted = http.post("/compatibility/subjects/partners-value/versions/latest?verbose=true",
                    RegistryHttp.schemaRequest(PARTNER_V2_OPTIONAL_FIELD));

            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body().get("is_compatible").asBoolean()).isFalse();
            assertThat(refused.body().get("messages").get(0).asText())
                .isEqualTo("{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'taxId' at path"
                        + " '/fields/1' in the new schema has no default value and is missing in the old schema',"
                        + " additionalInfo:'taxId'}");
            assertThat(refused.body().get("messages").toString()).contains("{oldSchemaVersion: 1}",
                    "{validateFields: 'false', compatibility: 'BACKWARD'}");
            assertThat(terse.body().toString()).isEqualTo("{\"is_compatible\":false}");
            assertThat(accepted.body().toString()).isEqualTo("{\"is_compatible\":true,\"messages\":[]}");
            assertThat(http.get("/subjects/partners-value/versions").body().toString()).isEqualTo("[1]");
        }

        @Test
        void findsAnUnknownSubjectCompatibleAndRefusesUnknownOrInvalidVersions() {
            register("partners-value", PARTNER_V1);

            assertThat(
                    http.post("/compatibility/subjects/new-value/versions/latest", RegistryHttp.schemaRequest(INVOICE))
                        .body()
                        .get("is_compatible")
                        .asBoolean())
                .isTrue();
            assertThat(http.post("/compatibility/subjects/new-value/versions", RegistryHttp.schemaRequest(INVOICE))
                .body()
                .get("is_compatible")
                .asBoolean()).isTrue();
            assertError(http.post("/compatibility/subjects/partners-value/versions/100",
                    RegistryHttp.schemaRequest(INVOICE)), 404, 40402);
            assertError(http.post("/compatibility/subjects/partners-value/versions/earliest",
                    RegistryHttp.schemaRequest(INVOICE)), 422, 42202);
        }

        @Test
        void answersAnInvalidSchemaWith42201OrAsIncompatibleWhenVerbose() {
            register("partners-value", PARTNER_V1);
            String invalid = RegistryHttp.schemaRequest("{\"type\":\"recrd\"}");

            assertError(http.post("/compatibility/subjects/partners-value/versions/latest", invalid), 422, 42201);
            Answer verbose = http.post("/compatibility/subjects/partners-value/versions/latest?verbose=true", invalid);
            assertThat(verbose.body().get("is_compatible").asBoolean()).isFalse();
            assertThat(verbose.body().get("messages").get(0).asText()).contains("recrd");
        }

        @Test
        void checksEveryLiveVersionForATransitiveLevelAndTheLatestOtherwise() {
            String both = """
                    {"type":"record","name":"R","fields":[{"name":"f1","type":"string"},{"name":"f2","type":"string"}]}""";
            String first = """
                    {"type":"record","name":"R","fields":[{"name":"f1","type":"string"}]}""";
            String other = """
                    {"type":"record","name":"R","fields":[{"name":"f1","type":"string"},{"name":"f3","type":"string"}]}""";
            register("r-value", both);
            register("r-value", first);
            http.put("/config/r-value", "{\"compatibility\":\"FORWARD_TRANSITIVE\"}");

            assertThat(http.post("/compatibility/subjects/r-value/versions/latest", RegistryHttp.schemaRequest(other))
                .body()
                .get("is_compatible")
                .asBoolean()).as("data of the new schema readable by the latest").isTrue();
            Answer all = http.post("/compatibility/subjects/r-value/versions?verbose=true",
                    RegistryHttp.schemaRequest(other));
            assertThat(all.body().get("is_compatible").asBoolean()).as("version 1 cannot read it").isFalse();
            assertThat(all.body().get("messages").toString()).contains("{oldSchemaVersion: 1}",
                    "compatibility: 'FORWARD_TRANSITIVE'");
            assertError(register("r-value", other), 409, 409);
        }

        /** Each change against version 1 ({@link #PARTNER_V1}), under each level. */
        @ParameterizedTest(name = "{0}: optional field {1}, required field {2}, field removed {3}")
        @CsvSource({ "NONE, true, true, true", "BACKWARD, true, false, true", "BACKWARD_TRANSITIVE, true, false, true",
                "FORWARD, true, true, false", "FORWARD_TRANSITIVE, true, true, false", "FULL, true, false, false",
                "FULL_TRANSITIVE, true, false, false" })
        void enforcesEachLevelOnRegistration(String level, boolean optionalField, boolean requiredField,
                boolean fieldRemoved) {
            Map<String, Boolean> expected = Map.of(PARTNER_V2_OPTIONAL_FIELD, optionalField, PARTNER_V2_REQUIRED_FIELD,
                    requiredField, PARTNER_WITHOUT_NAME, fieldRemoved);
            int subject = 0;
            for (var change : expected.entrySet()) {
                String name = "level-" + level + "-" + subject++ + "-value";
                register(name, PARTNER_V1);
                assertThat(http.put("/config/" + name, "{\"compatibility\":\"" + level + "\"}").status())
                    .isEqualTo(200);

                boolean compatible = http
                    .post("/compatibility/subjects/" + name + "/versions/latest",
                            RegistryHttp.schemaRequest(change.getKey()))
                    .body()
                    .get("is_compatible")
                    .asBoolean();
                Answer registration = register(name, change.getKey());

                assertThat(compatible).as(level + " " + change.getKey()).isEqualTo(change.getValue());
                assertThat(registration.status()).as(level + " " + change.getKey())
                    .isEqualTo(change.getValue() ? 200 : 409);
            }
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({ "BACKWARD, true", "BACKWARD_TRANSITIVE, false", "FULL, true", "FULL_TRANSITIVE, false" })
        void looksPastTheLatestVersionOnlyForTransitiveLevels(String level, boolean accepted) {
            String subject = "history-" + level + "-value";
            http.put("/config/" + subject, "{\"compatibility\":\"NONE\"}");
            register(subject, """
                    {"type":"record","name":"H","fields":[{"name":"a","type":"string","default":"x"}]}""");
            register(subject, """
                    {"type":"record","name":"H","fields":[]}""");
            http.put("/config/" + subject, "{\"compatibility\":\"" + level + "\"}");

            Answer registration = register(subject, """
                    {"type":"record","name":"H","fields":[{"name":"a","type":"int","default":0}]}""");

            assertThat(registration.status()).as(registration.body().toString()).isEqualTo(accepted ? 200 : 409);
        }

    }

    @Nested
    class Config {

        @Test
        void setsResetsAndAnswersTheGlobalLevel() {
            Answer set = http.put("/config", "{\"compatibility\":\"full\"}");

            assertThat(set.body().toString()).isEqualTo("{\"compatibility\":\"FULL\"}");
            assertThat(http.get("/config").body().toString()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
            assertThat(http.delete("/config").body().toString()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
            assertThat(http.get("/config").body().toString()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        }

        @Test
        void keepsASubjectsOwnLevelApartFromTheGlobalOne() {
            assertError(http.get("/config/partners-value"), 404, 40408);
            assertThat(http.get("/config/partners-value?defaultToGlobal=true").body().toString())
                .isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");

            Answer set = http.put("/config/partners-value", "{\"compatibility\":\"FORWARD\"}");

            assertThat(set.status()).as("a subject with no version yet may have a level").isEqualTo(200);
            assertThat(set.body().toString()).isEqualTo("{\"compatibility\":\"FORWARD\"}");
            assertThat(http.get("/config/partners-value").body().toString())
                .isEqualTo("{\"compatibilityLevel\":\"FORWARD\"}");
            assertThat(http.get("/config").body().toString()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
            assertThat(http.delete("/config/partners-value").body().toString())
                .isEqualTo("{\"compatibilityLevel\":\"FORWARD\"}");
            assertError(http.get("/config/partners-value"), 404, 40408);
            assertError(http.delete("/config/partners-value"), 404, 40401);
        }

        @Test
        void refusesAnInvalidLevelOrSubject() {
            assertError(http.put("/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203);
            assertError(http.put("/config/partners-value", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203);
            assertError(http.put("/config/partners-value", "{\"compatibility\":7}"), 422, 42203);
            assertError(http.put("/config/bad%09subject", "{\"compatibility\":\"NONE\"}"), 422, 42208);
            assertThat(http.put("/config", "{}").body().toString()).as("no level, no change").isEqualTo("{}");
            assertThat(http.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
        }

        @Test
        void enforcesTheSubjectsLevelOverTheGlobalOne() {
            register("partners-value", PARTNER_V1);
            register("others-value", PARTNER_V1);
            http.put("/config/partners-value", "{\"compatibility\":\"NONE\"}");
            http.put("/config", "{\"compatibility\":\"FULL\"}");

            assertThat(register("partners-value", INVOICE).status()).isEqualTo(200);
            assertError(register("others-value", PARTNER_V2_REQUIRED_FIELD), 409, 409);
        }

        /**
         * What @kafkajs/confluent-schema-registry's {@code register(schema,
         * {compatibility})} sends.
         */
        @Test
        void letsAClientSetTheLevelOfANewSubjectAfterItsFirstRegistration() {
            assertError(http.get("/config/new-value"), 404, 40408);
            register("new-value", PARTNER_V1);
            http.put("/config/new-value", "{\"compatibility\":\"NONE\"}");

            assertThat(http.get("/config/new-value").body().get("compatibilityLevel").asText()).isEqualTo("NONE");
            assertThat(register("new-value", INVOICE).status()).isEqualTo(200);
        }

        @Test
        void answersTheModeReadWrite() {
            assertThat(http.get("/mode").body().toString()).isEqualTo("{\"mode\":\"READWRITE\"}");
            assertThat(http.get("/mode/partners-value?defaultToGlobal=true").body().toString())
                .isEqualTo("{\"mode\":\"READWRITE\"}");
            assertError(http.get("/mode/partners-value"), 404, 40409);
        }

    }

    @Nested
    class Deletes {

        @Test
        void hidesASoftDeletedVersionUnlessAskedForDeletedOnes() {
            register("partners-value", PARTNER_V1);
            register("partners-value", PARTNER_V2_OPTIONAL_FIELD);

            assertThat(http.delete("/subjects/partners-value/versions/2").body().asInt()).isEqualTo(2);

            assertThat(http.get("/subjects/partners-value/versions").body().toString()).isEqualTo("[1]");
            assertThat(http.get("/subjects/partners-value/versions?deleted=true").body().toString()).isEqualTo("[1,2]");
            assertThat(http.get("/subjects/partners-value/versions?deletedOnly=true").body().toString())
                .isEqualTo("[2]");
            assertError(http.get("/subjects/partners-value/versions/2"), 404, 40402);
            assertThat(http.get("/subjects/partners-value/versions/2?deleted=true").body().get("id").asInt())
                .isEqualTo(2);
            assertThat(http.get("/subjects/partners-value/versions/latest").body().get("version").asInt()).isEqualTo(1);
            assertError(http.post("/subjects/partners-value", RegistryHttp.schemaRequest(PARTNER_V2_OPTIONAL_FIELD)),
                    404, 40403);
            assertThat(http
                .post("/subjects/partners-value?deleted=true", RegistryHttp.schemaRequest(PARTNER_V2_OPTIONAL_FIELD))
                .body()
                .get("version")
                .asInt()).isEqualTo(2);
            assertThat(http.get("/schemas/ids/2").status()).as("records written with it stay readable").isEqualTo(200);
            assertThat(http.get("/schemas/ids/2/subjects").body().toString()).isEqualTo("[]");
            assertThat(http.get("/schemas/ids/2/subjects?deleted=true").body().toString())
                .isEqualTo("[\"partners-value\"]");
            assertError(http.delete("/subjects/partners-value/versions/2"), 404, 40406);
        }

        @Test
        void deletesAVersionPermanentlyOnlyAfterASoftDeleteAndNeverReusesItsId() {
            register("partners-value", PARTNER_V1);
            register("partners-value", PARTNER_V2_OPTIONAL_FIELD);

            assertError(http.delete("/subjects/partners-value/versions/2?permanent=true"), 404, 40407);
            http.delete("/subjects/partners-value/versions/2");
            assertThat(http.delete("/subjects/partners-value/versions/2?permanent=true").body().asInt()).isEqualTo(2);

            assertError(http.get("/subjects/partners-value/versions/2?deleted=true"), 404, 40402);
            assertError(http.delete("/subjects/partners-value/versions/2?permanent=true"), 404, 40402);
            assertError(http.get("/schemas/ids/2"), 404, 40403);
            assertThat(http.get("/subjects/partners-value/versions?deleted=true").body().toString()).isEqualTo("[1]");
            Answer again = register("partners-value", PARTNER_V2_OPTIONAL_FIELD);
            assertThat(again.id()).as("a new id, as Confluent gives").isEqualTo(3);
            assertThat(http.get("/subjects/partners-value/versions").body().toString())
                .as("the number of a permanently deleted version is free again")
                .isEqualTo("[1,2]");
        }

        @Test
        void deletesTheLatestVersionAndMakesAReRegisteredSchemaTheNewestVersion() {
            register("partners-value", PARTNER_V1);
            register("partners-value", PARTNER_V2_OPTIONAL_FIELD);

            assertThat(http.delete("/subjects/partners-value/versions/latest").body().asInt()).isEqualTo(2);
            assertThat(http.get("/subjects/partners-value/versions/latest").body().get("version").asInt()).isEqualTo(1);
            assertThat(http.delete("/subjects/partners-value/versions/latest").body().asInt()).isEqualTo(1);
            assertError(http.get("/subjects/partners-value/versions"), 404, 40401);
            assertError(http.get("/subjects/partners-value/versions/latest"), 404, 40401);

            Answer back = register("partners-value", PARTNER_V1);

            assertThat(back.id()).as("same schema, same id").isEqualTo(1);
            assertThat(http.get("/subjects/partners-value/versions?deleted=true").body().toString()).isEqualTo("[2,3]");
            assertThat(http.get("/subjects/partners-value/versions").body().toString()).isEqualTo("[3]");
        }

        @Test
        void deletesASubjectSoftThenPermanentlyWithConfluentsErrors() {
            register("partners-value", PARTNER_V1);
            register("partners-value", PARTNER_V2_OPTIONAL_FIELD);
            register("invoices-value", INVOICE);
            http.put("/config/partners-value", "{\"compatibility\":\"FULL\"}");

            assertError(http.delete("/subjects/partners-value?permanent=true"), 404, 40405);
            assertThat(http.delete("/subjects/partners-value").body().toString()).isEqualTo("[1,2]");

            assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"invoices-value\"]");
            assertThat(http.get("/subjects?deleted=true").body().toString())
                .isEqualTo("[\"invoices-value\",\"partners-value\"]");
            assertThat(http.get("/subjects?deletedOnly=true").body().toString()).isEqualTo("[\"partners-value\"]");
            assertError(http.get("/subjects/partners-value/versions/latest"), 404, 40401);
            assertThat(http.post("/subjects/partners-value?deleted=true", RegistryHttp.schemaRequest(PARTNER_V1))
                .body()
                .get("version")
                .asInt()).isEqualTo(1);
            assertThat(http.get("/config/partners-value").body().get("compatibilityLevel").asText())
                .as("a soft delete keeps the level")
                .isEqualTo("FULL");
            assertThat(http.get("/schemas/ids/1").status()).isEqualTo(200);
            assertError(http.delete("/subjects/partners-value"), 404, 40404);

            assertThat(http.delete("/subjects/partners-value?permanent=true").body().toString()).isEqualTo("[1,2]");

            assertError(http.post("/subjects/partners-value?deleted=true", RegistryHttp.schemaRequest(PARTNER_V1)), 404,
                    40401);
            assertError(http.get("/config/partners-value"), 404, 40408);
            assertThat(http.get("/subjects?deleted=true").body().toString()).isEqualTo("[\"invoices-value\"]");
            assertError(http.get("/schemas/ids/1"), 404, 40403);
            assertError(http.delete("/subjects/partners-value"), 404, 40401);
        }

        @Test
        void givesASoftDeletedSubjectNewVersionsWhenItsSchemasComeBack() {
            register("partners-value", PARTNER_V1);
            register("partners-value", PARTNER_V2_OPTIONAL_FIELD);
            http.delete("/subjects/partners-value");

            assertThat(register("partners-value", PARTNER_V1).id()).isEqualTo(1);
            assertThat(register("partners-value", PARTNER_V2_OPTIONAL_FIELD).id()).isEqualTo(2);

            assertThat(http.get("/subjects/partners-value/versions").body().toString()).isEqualTo("[3,4]");
            assertError(http.get("/subjects/partners-value/versions/1"), 404, 40402);
        }

        @Test
        void answersDeletesOfWhatDoesNotExist() {
            register("partners-value", PARTNER_V1);

            assertError(http.delete("/subjects/unknown-value"), 404, 40401);
            assertError(http.delete("/subjects/unknown-value/versions/1"), 404, 40401);
            assertError(http.delete("/subjects/partners-value/versions/2"), 404, 40402);
            assertError(http.delete("/subjects/partners-value/versions/zero"), 422, 42202);
        }

    }

    @Nested
    class Persistence {

        @Test
        void keepsIdsAndVersionsAcrossARestartWithADirectory() {
            restartOn(dir);
            register("partners-value", PARTNER_V1);
            register("partners-value", PARTNER_V2_OPTIONAL_FIELD);
            register("invoices-value", INVOICE);

            restartOn(dir);

            assertThat(parse(http.get("/schemas/ids/1").body().get("schema").asText())).isEqualTo(parse(PARTNER_V1));
            assertThat(parse(http.get("/schemas/ids/3").body().get("schema").asText())).isEqualTo(parse(INVOICE));
            assertThat(http.get("/subjects/partners-value/versions/latest").body().get("id").asInt()).isEqualTo(2);
            assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"invoices-value\",\"partners-value\"]");
            assertThat(register("partners-value", PARTNER_V1).id()).isEqualTo(1);
            assertThat(register("other-value", PARTNER_WITHOUT_NAME).id()).isEqualTo(4);
        }

        @Test
        void replaysDeletesAndLevelsAfterARestart() {
            restartOn(dir);
            register("partners-value", PARTNER_V1);
            register("partners-value", PARTNER_V2_OPTIONAL_FIELD);
            register("invoices-value", INVOICE);
            register("gone-value", PARTNER_WITHOUT_NAME);
            http.delete("/subjects/partners-value/versions/1");
            http.delete("/subjects/invoices-value");
            http.delete("/subjects/gone-value");
            http.delete("/subjects/gone-value?permanent=true");
            http.put("/config", "{\"compatibility\":\"FULL\"}");
            http.put("/config/invoices-value", "{\"compatibility\":\"NONE\"}");
            http.put("/config/partners-value", "{\"compatibility\":\"FORWARD\"}");
            http.delete("/config/partners-value");

            restartOn(dir);

            assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"partners-value\"]");
            assertThat(http.get("/subjects?deleted=true").body().toString())
                .isEqualTo("[\"invoices-value\",\"partners-value\"]");
            assertThat(http.get("/subjects/partners-value/versions?deleted=true").body().toString()).isEqualTo("[1,2]");
            assertThat(http.get("/subjects/partners-value/versions").body().toString()).isEqualTo("[2]");
            assertError(http.get("/schemas/ids/4"), 404, 40403);
            assertThat(http.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("FULL");
            assertThat(http.get("/config/invoices-value").body().get("compatibilityLevel").asText()).isEqualTo("NONE");
            assertError(http.get("/config/partners-value"), 404, 40408);
            assertThat(register("new-value", "\"long\"").id()).as("id 4 was given once and stays given").isEqualTo(5);
        }

        @Test
        void loadsALogWrittenBeforeDeletesAndLevelsExisted() throws IOException {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(SchemaLog.FILE_NAME),
                    String.join("\n", oldEntry("partners-value", 1, 1, PARTNER_V1),
                            oldEntry("partners-value", 2, 2, PARTNER_V2_OPTIONAL_FIELD),
                            oldEntry("copy-value", 1, 1, PARTNER_V1)) + "\n");

            restartOn(dir);

            assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"copy-value\",\"partners-value\"]");
            assertThat(http.get("/subjects/partners-value/versions/latest").body().get("id").asInt()).isEqualTo(2);
            assertThat(http.get("/subjects/copy-value/versions/1").body().get("id").asInt()).isEqualTo(1);
            assertThat(register("invoices-value", INVOICE).id()).isEqualTo(3);
        }

        @Test
        void dropsALineTornByACrashAndWritesTheNextChangeOnALineOfItsOwn() throws IOException {
            Path log = dir.resolve(SchemaLog.FILE_NAME);
            Files.createDirectories(dir);
            String complete = oldEntry("partners-value", 1, 1, PARTNER_V1) + "\n";
            String torn = oldEntry("invoices-value", 1, 2, INVOICE);
            Files.writeString(log, complete + torn.substring(0, torn.length() / 2));

            restartOn(dir);
            assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"partners-value\"]");
            assertThat(register("invoices-value", INVOICE).id()).isEqualTo(2);
            restartOn(dir);

            assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"invoices-value\",\"partners-value\"]");
            assertThat(Files.readAllLines(log)).hasSize(2);
        }

        @Test
        void recoversTheEntryThatAnEarlierVersionGluedToATornLine() throws IOException {
            Files.createDirectories(dir);
            String torn = oldEntry("invoices-value", 1, 2, INVOICE);
            Files.writeString(dir.resolve(SchemaLog.FILE_NAME), oldEntry("partners-value", 1, 1, PARTNER_V1) + "\n"
                    + torn.substring(0, 40) + oldEntry("invoices-value", 1, 2, INVOICE) + "\n");

            restartOn(dir);

            assertThat(http.get("/subjects/invoices-value/versions/1").body().get("id").asInt()).isEqualTo(2);
        }

        @Test
        void keepsEveryAnsweredChangeWhenTheProcessIsKilled() throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process killed = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    KilledRegistry.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed-registry.log").toFile())
                .start();
            assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(killed.exitValue()).isEqualTo(KilledRegistry.HALTED);

            restartOn(dir);

            KilledRegistry.assertStateAfterTheKill(http);
        }

        @Test
        void registersTheContractsSchemasOnceUnderTheirTopicsSubjects() {
            restartOn(dir);
            Map<String, Integer> ids = server.registerAll(Topics.valueSchemasBySubject());
            restartOn(dir);

            assertThat(server.registerAll(Topics.valueSchemasBySubject())).isEqualTo(ids);
            assertThat(http.get("/subjects").body()).hasSize(Topics.ALL.size());
            for (String topic : Topics.ALL) {
                Answer latest = http.get("/subjects/" + topic + "-value/versions/latest");
                assertThat(latest.body().get("version").asInt()).as(topic).isEqualTo(1);
                assertThat(parse(latest.body().get("schema").asText())).isEqualTo(Topics.valueSchemas().get(topic));
            }
        }

        private void restartOn(Path directory) {
            server.close();
            server = DevSchemaRegistryServer.start(0, directory);
            http = new RegistryHttp(server.url());
        }

        /** A line as the registry wrote it before it logged deletes and levels. */
        private String oldEntry(String subject, int version, int id, String schema) {
            return "{\"subject\":\"" + subject + "\",\"version\":" + version + ",\"id\":" + id + ",\"schema\":"
                    + new ObjectMapper().valueToTree(parse(schema).toString()) + "}";
        }

    }

    private Answer register(String subject, String schema) {
        return http.post("/subjects/" + subject + "/versions", RegistryHttp.schemaRequest(schema));
    }

    static void assertError(Answer answer, int status, int errorCode) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.errorCode()).as(answer.body().toString()).isEqualTo(errorCode);
        assertThat(answer.body().get("message").asText()).isNotBlank();
        assertThat(answer.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
    }

    static Schema parse(String schema) {
        return new Schema.Parser().parse(schema);
    }

}
