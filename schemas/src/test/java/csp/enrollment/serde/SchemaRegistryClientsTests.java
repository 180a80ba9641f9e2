package csp.enrollment.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import csp.enrollment.events.CreditCheckPassed;

class SchemaRegistryClientsTests {

    private static final String SCOPE = "schema-registry-clients-tests";

    @AfterEach
    void dropScope() {
        SchemaRegistryClients.dropScope(SCOPE);
    }

    @Test
    void sharesOneInMemoryRegistryPerMockScope() {
        CachingSchemaRegistryClient producerSide = SchemaRegistryClients.create("mock://" + SCOPE);
        CachingSchemaRegistryClient consumerSide = SchemaRegistryClients.create("mock://" + SCOPE);

        int id = producerSide.register("a-value", CreditCheckPassed.getClassSchema());

        assertThat(consumerSide.schemaById(id)).isEqualTo(CreditCheckPassed.getClassSchema());
        assertThat(consumerSide.delegate()).isSameAs(producerSide.delegate())
            .isSameAs(SchemaRegistryClients.mockScope(SCOPE));
        assertThat(SchemaRegistryClients.create("mock://other-scope").subjects()).isEmpty();
        SchemaRegistryClients.dropScope("other-scope");
    }

    @Test
    void startsAnEmptyRegistryAfterTheScopeIsDropped() {
        SchemaRegistryClients.create("mock://" + SCOPE).register("a-value", CreditCheckPassed.getClassSchema());

        SchemaRegistryClients.dropScope(SCOPE);

        assertThat(SchemaRegistryClients.create("mock://" + SCOPE).subjects()).isEmpty();
    }

    @Test
    void speaksRestToTheFirstOfSeveralUrls() {
        CachingSchemaRegistryClient client = SchemaRegistryClients
            .create(" http://registry-1:8081/ , http://registry-2:8081");

        assertThat(client.delegate()).isInstanceOfSatisfying(RestSchemaRegistryClient.class,
                rest -> assertThat(rest.baseUrl()).isEqualTo("http://registry-1:8081"));
    }

    @Test
    void refusesAnEmptyUrl() {
        assertThatThrownBy(() -> SchemaRegistryClients.create(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchemaRegistryClients.create(",")).isInstanceOf(IllegalArgumentException.class);
    }

}
