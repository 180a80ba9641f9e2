package csp.enrollment.infrastructure.registry;

import static org.assertj.core.api.Assertions.assertThat;

import csp.enrollment.events.Topics;
import csp.enrollment.schemacheck.SchemaCheck;
import csp.enrollment.serde.RestSchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pre-deploy schema check against a registry holding what is deployed: the committed
 * baseline in {@code deployed-schemas/} (one {@code <subject>.avsc} each; update it with
 * each deploy). Today's schemas pass; a change a deployed consumer could not take is
 * refused.
 */
class DeployedSchemasCheckIntegrationTests {

    private DevSchemaRegistryServer registry;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @BeforeEach
    void startARegistryWithTheDeployedSchemas() {
        registry = DevSchemaRegistryServer.start(0);
        registry.registerAll(deployedSchemas());
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void theBaselineHoldsASchemaForEveryTopic() {
        assertThat(deployedSchemas().keySet())
            .containsExactlyInAnyOrderElementsOf(Topics.valueSchemasBySubject().keySet());
    }

    @Test
    void passesTheSchemasOfThisBuild() {
        int exit = SchemaCheck.run(new String[] { "--registry=" + registry.url() }, out);

        assertThat(exit).as(output()).isEqualTo(SchemaCheck.COMPATIBLE);
        assertThat(output()).contains("OK   enrollment.applications-value: compatible with version 1")
            .contains("Every schema may be deployed");
        assertThat(output().lines().filter(line -> line.startsWith("OK "))).hasSize(Topics.ALL.size());
    }

    @Test
    void refusesAChangeTheDeployedConsumersCannotReadWithTheRegistrysReasons() {
        Map<String, Schema> candidates = new LinkedHashMap<>(Topics.valueSchemasBySubject());
        candidates.put("enrollment.applications-value",
                withRequiredField(candidates.get("enrollment.applications-value")));

        int exit = SchemaCheck.check(new RestSchemaRegistryClient(registry.url()), candidates, out);

        assertThat(exit).as(output()).isEqualTo(SchemaCheck.INCOMPATIBLE);
        assertThat(output()).contains("FAIL enrollment.applications-value: incompatible with version 1")
            .contains("READER_FIELD_MISSING_DEFAULT_VALUE", "additionalInfo:'region'")
            .contains("OK   enrollment.submitted-value")
            .contains("Incompatible schemas: do not deploy");
    }

    @Test
    void registersEverySchemaOfThisBuildWhenAskedToAndEveryOnePassed() {
        try (DevSchemaRegistryServer empty = DevSchemaRegistryServer.start(0)) {
            int exit = SchemaCheck.run(new String[] { "--registry=" + empty.url(), "--register" }, out);

            assertThat(exit).as(output()).isEqualTo(SchemaCheck.COMPATIBLE);
            RestSchemaRegistryClient client = new RestSchemaRegistryClient(empty.url());
            assertThat(client.subjects()).containsAll(Topics.schemasToRegister().keySet());
            Topics.schemasToRegister()
                .forEach((subject, schema) -> assertThat(client.idOf(subject, schema)).as(subject).isPositive());
        }
    }

    @Test
    void passesASubjectTheRegistryHasNotSeenYet() {
        int exit = SchemaCheck.check(new RestSchemaRegistryClient(registry.url()),
                Map.of("enrollment.new-topic-value", Schema.create(Schema.Type.STRING)), out);

        assertThat(exit).isEqualTo(SchemaCheck.COMPATIBLE);
        assertThat(output()).contains("NEW  enrollment.new-topic-value");
    }

    @Test
    void failsWithExitCode2WhenTheRegistryCannotBeAsked() {
        int port = registry.port();
        registry.close();

        assertThat(SchemaCheck.run(new String[] { "--registry=http://localhost:" + port }, out))
            .isEqualTo(SchemaCheck.FAILED);
        assertThat(output()).contains("ERROR enrollment.applications-value");
        assertThat(SchemaCheck.run(new String[0], out)).isEqualTo(SchemaCheck.FAILED);
        assertThat(output()).contains("Usage: SchemaCheck --registry=URL");
        registry = DevSchemaRegistryServer.start(0);
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private static Schema withRequiredField(Schema schema) {
        List<Schema.Field> fields = new ArrayList<>();
        schema.getFields().forEach(field -> fields.add(new Schema.Field(field, field.schema())));
        fields.add(
                new Schema.Field("region", Schema.create(Schema.Type.STRING), "Sales region, required", (Object) null));
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    /** {@code deployed-schemas/<subject>.avsc}, by subject. */
    private static Map<String, Schema> deployedSchemas() {
        try (Stream<Path> files = Files
            .list(Path.of(DeployedSchemasCheckIntegrationTests.class.getResource("/deployed-schemas").toURI()))) {
            Map<String, Schema> bySubject = new TreeMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".avsc")).toList()) {
                bySubject.put(file.getFileName().toString().replaceFirst("\\.avsc$", ""),
                        new Schema.Parser().parse(Files.readString(file)));
            }
            return bySubject;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}
