package csp.enrollment.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.ProfileVerified;

class InMemorySchemaRegistryTests {

    private static final Schema PASSED = CreditCheckPassed.getClassSchema();

    private static final Schema PASSED_V2 = AvroRecords.withOptionalString(PASSED, "note");

    private static final Schema VERIFIED = ProfileVerified.getClassSchema();

    private final List<RegisteredSchema> persisted = new ArrayList<>();

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry(persisted::add);

    @Test
    void givesGlobalIdsStartingAtOne() {
        assertThat(registry.register("a-value", PASSED)).isEqualTo(1);
        assertThat(registry.register("b-value", VERIFIED)).isEqualTo(2);
        assertThat(registry.register("a-value", PASSED_V2)).isEqualTo(3);
    }

    @Test
    void sharesTheIdOfAnIdenticalSchemaAcrossSubjects() {
        int first = registry.register("a-value", PASSED);

        int second = registry.register("b-value", new Schema.Parser().parse(PASSED.toString()));

        assertThat(second).isEqualTo(first);
        assertThat(registry.version("b-value", 1).id()).isEqualTo(first);
    }

    @Test
    void countsVersionsPerSubject() {
        registry.register("a-value", PASSED);
        registry.register("b-value", VERIFIED);
        registry.register("a-value", PASSED_V2);

        assertThat(registry.versions("a-value")).containsExactly(1, 2);
        assertThat(registry.versions("b-value")).containsExactly(1);
        assertThat(registry.latest("a-value")).isEqualTo(new RegisteredSchema("a-value", 2, 3, PASSED_V2));
        assertThat(registry.subjects()).containsExactly("a-value", "b-value");
    }

    @Test
    void returnsTheSameIdWithoutANewVersionWhenASchemaIsRegisteredAgain() {
        int id = registry.register("a-value", PASSED);
        registry.register("a-value", PASSED_V2);

        assertThat(registry.register("a-value", PASSED)).isEqualTo(id);
        assertThat(registry.versions("a-value")).containsExactly(1, 2);
    }

    @Test
    void notifiesOncePerNewVersion() {
        registry.register("a-value", PASSED);
        registry.register("a-value", PASSED);
        registry.register("b-value", PASSED);
        registry.register("a-value", PASSED_V2);
        registry.register("a-value", PASSED_V2);

        assertThat(persisted).containsExactly(new RegisteredSchema("a-value", 1, 1, PASSED),
                new RegisteredSchema("b-value", 1, 1, PASSED), new RegisteredSchema("a-value", 2, 2, PASSED_V2));
    }

    @Test
    void restoresPersistedEntriesKeepingIdsAndVersions() {
        registry.register("a-value", PASSED);
        registry.register("b-value", VERIFIED);
        registry.register("a-value", PASSED_V2);
        InMemorySchemaRegistry restarted = new InMemorySchemaRegistry();

        persisted.forEach(restarted::restore);

        assertThat(restarted.schemaById(1)).isEqualTo(PASSED);
        assertThat(restarted.schemaById(3)).isEqualTo(PASSED_V2);
        assertThat(restarted.idOf("b-value", VERIFIED)).isEqualTo(2);
        assertThat(restarted.latest("a-value")).isEqualTo(new RegisteredSchema("a-value", 2, 3, PASSED_V2));
        assertThat(restarted.register("a-value", PASSED)).isEqualTo(1);
        assertThat(restarted.register("c-value", AvroRecords.withOptionalString(VERIFIED, "note"))).isEqualTo(4);
    }

    @Test
    void doesNotNotifyForRestoredEntries() {
        new InMemorySchemaRegistry().register("a-value", PASSED);

        registry.restore(new RegisteredSchema("a-value", 1, 7, PASSED));

        assertThat(persisted).isEmpty();
        assertThat(registry.register("a-value", PASSED)).isEqualTo(7);
        assertThat(persisted).isEmpty();
    }

    @Test
    void refusesToRestoreAnIdTakenByAnotherSchema() {
        registry.register("a-value", PASSED);

        assertThatThrownBy(() -> registry.restore(new RegisteredSchema("b-value", 1, 1, VERIFIED)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("id 1");
    }

    @Test
    void looksUpWithoutRegistering() {
        registry.register("a-value", PASSED);

        assertThat(registry.idOf("a-value", PASSED)).isEqualTo(1);
        assertThat(registry.lookup("a-value", PASSED).version()).isEqualTo(1);
        assertThatThrownBy(() -> registry.idOf("a-value", VERIFIED))
            .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> registry.idOf("b-value", PASSED)).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(40403));
        assertThat(registry.subjects()).containsExactly("a-value");
    }

    @Test
    void answersWithConfluentErrorCodes() {
        registry.register("a-value", PASSED);

        assertThatThrownBy(() -> registry.schemaById(42)).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> registry.latest("nobody-value")).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(40401));
        assertThatThrownBy(() -> registry.version("a-value", 2)).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(40402));
        assertThatThrownBy(() -> registry.register("a-value", AvroRecords.withRequiredString(PASSED, "region")))
            .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                assertThat(e.errorCode()).isEqualTo(409);
                assertThat(e.httpStatus()).isEqualTo(409);
            });
    }

    @Test
    void checksCompatibilityOnlyAgainstTheLatestVersion() {
        registry.register("a-value", PASSED);
        registry.register("a-value", AvroRecords.withOptionalString(PASSED, "note"));

        Schema withoutNote = AvroRecords.withoutField(AvroRecords.withOptionalString(PASSED, "note"), "note");

        assertThat(registry.register("a-value", withoutNote)).isEqualTo(1);
    }

}
