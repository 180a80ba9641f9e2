package csp.enrollment.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Topics;

/** The registry is called once per schema, never once per record. */
class RegistryCachingTests {

    private final CountingSchemaRegistry counting = new CountingSchemaRegistry();

    @Test
    void registersEachSchemaOnceFor100Records() {
        AvroSerializer serializer = new AvroSerializer(counting);

        for (int i = 0; i < 100; i++) {
            serializer.serialize(Topics.PROFILE_VERIFIED, SampleEvents.profileVerified());
            serializer.serialize(Topics.CREDIT_CHECK_PASSED, SampleEvents.creditCheckPassed());
        }

        assertThat(counting.registerCalls).hasValue(2);
        assertThat(counting.idOfCalls).hasValue(0);
    }

    @Test
    void looksEachSchemaUpOnceFor100RecordsWhenAutoRegistrationIsOff() {
        counting.registry.register(Topics.PROFILE_VERIFIED + "-value", ProfileVerified.getClassSchema());
        AvroSerializer serializer = new AvroSerializer(counting);
        serializer.configure(Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false), false);

        for (int i = 0; i < 100; i++) {
            serializer.serialize(Topics.PROFILE_VERIFIED, SampleEvents.profileVerified());
        }

        assertThat(counting.idOfCalls).hasValue(1);
        assertThat(counting.registerCalls).hasValue(0);
    }

    @Test
    void fetchesEachWriterSchemaOnceFor100Records() {
        AvroSerializer serializer = new AvroSerializer(counting.registry);
        List<byte[]> payloads = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            payloads.add(serializer.serialize(Topics.PROFILE_VERIFIED, SampleEvents.profileVerified()));
            payloads.add(serializer.serialize(Topics.CREDIT_CHECK_PASSED, SampleEvents.creditCheckPassed()));
        }
        AvroDeserializer deserializer = new AvroDeserializer(counting);
        deserializer.configure(Map.of(AvroSerdeConfig.SPECIFIC_AVRO_READER, true), false);

        payloads.forEach(payload -> deserializer.deserialize("any-topic", payload));

        assertThat(counting.schemaByIdCalls).hasValue(2);
    }

    @Test
    void doesNotRememberFailures() {
        CachingSchemaRegistryClient cache = new CachingSchemaRegistryClient(counting);

        assertThatThrownBy(() -> cache.schemaById(1)).isInstanceOf(SchemaRegistryException.class);
        int id = counting.registry.register("s-value", CreditCheckPassed.getClassSchema());

        assertThat(cache.schemaById(id)).isEqualTo(CreditCheckPassed.getClassSchema());
        assertThat(counting.schemaByIdCalls).hasValue(2);
    }

    @Test
    void alwaysAsksTheRegistryForTheLatestVersion() {
        CachingSchemaRegistryClient cache = new CachingSchemaRegistryClient(counting);
        cache.register("s-value", CreditCheckPassed.getClassSchema());
        assertThat(cache.latest("s-value").version()).isEqualTo(1);

        counting.registry.register("s-value",
                AvroRecords.withOptionalString(CreditCheckPassed.getClassSchema(), "note"));

        assertThat(cache.latest("s-value").version()).isEqualTo(2);
        assertThat(cache.subjects()).containsExactly("s-value");
    }

    @Test
    void wrapsAClientOnlyOnce() {
        CachingSchemaRegistryClient cache = CachingSchemaRegistryClient.of(counting);

        assertThat(CachingSchemaRegistryClient.of(cache)).isSameAs(cache);
        assertThat(cache.delegate()).isSameAs(counting);
    }

}
