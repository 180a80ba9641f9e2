package csp.enrollment.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import csp.enrollment.events.Topics;

class AvroSerdeRoundTripTests {

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    private final AvroSerializer serializer = new AvroSerializer(registry);

    private final AvroDeserializer specificDeserializer = deserializer(true);

    private final AvroDeserializer genericDeserializer = deserializer(false);

    static Stream<Arguments> events() {
        return SampleEvents.byTopic().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void readsEveryEventBackAsItsGeneratedClass(String topic, SpecificRecord event) {
        byte[] payload = serializer.serialize(topic, event);

        assertThat(specificDeserializer.deserialize(topic, payload)).isInstanceOf(event.getClass()).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void readsEveryEventBackAsGenericRecordThatWritesTheSameBytes(String topic, SpecificRecord event) {
        byte[] payload = serializer.serialize(topic, event);

        Object value = genericDeserializer.deserialize(topic, payload);

        assertThat(value).isInstanceOf(GenericRecord.class).isNotInstanceOf(SpecificRecord.class);
        GenericRecord record = (GenericRecord) value;
        assertThat(record.getSchema()).isEqualTo(event.getSchema());
        byte[] rewritten = serializer.serialize(topic, record);
        assertThat(rewritten).isEqualTo(payload);
        assertThat(specificDeserializer.deserialize(topic, rewritten)).isEqualTo(event);
    }

    @Test
    void givesGenericRecordsLogicalTypesAsJavaTypes() {
        byte[] payload = serializer.serialize(Topics.SUBMITTED, SampleEvents.enrollmentSubmitted());

        GenericRecord record = (GenericRecord) genericDeserializer.deserialize(Topics.SUBMITTED, payload);

        assertThat(((GenericRecord) record.get("metadata")).get("occurredAt")).isEqualTo(SampleEvents.OCCURRED_AT);
        assertThat(((GenericRecord) record.get("directBill")).get("cspCloudRevenueTtmUsd"))
            .isEqualTo(new BigDecimal("1250000.00"));
        assertThat(record.get("mpnId")).isEqualTo("6543210");
    }

    @Test
    void registersEachEventUnderTheValueSubjectOfItsTopic() {
        SampleEvents.byTopic().forEach(serializer::serialize);

        SampleEvents.byTopic()
            .forEach((topic, event) -> assertThat(registry.latest(topic + "-value").schema())
                .isEqualTo(event.getSchema()));
        assertThat(registry.subjects()).hasSize(Topics.ALL.size());
    }

    @Test
    void registersKeysUnderTheKeySubject() {
        AvroSerializer keySerializer = new AvroSerializer(registry);
        keySerializer.configure(Map.of(), true);

        keySerializer.serialize(Topics.SUBMITTED, SampleEvents.metadata("e-1", null));

        assertThat(registry.subjects()).containsExactly(Topics.SUBMITTED + "-key");
    }

    @Test
    void writesAndReadsNullAsTombstone() {
        assertThat(serializer.serialize(Topics.SUBMITTED, null)).isNull();
        assertThat(specificDeserializer.deserialize(Topics.SUBMITTED, null)).isNull();
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    void worksWhenKafkaCreatesItByClassNameWithAMockRegistryUrl() {
        String url = "mock://round-trip-by-class-name";
        try {
            AvroSerializer byName = new AvroSerializer();
            byName.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, url), false);
            AvroDeserializer byNameReader = new AvroDeserializer();
            byNameReader.configure(
                    Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, url, AvroSerdeConfig.SPECIFIC_AVRO_READER, "true"),
                    false);

            byte[] payload = byName.serialize(Topics.PROFILE_VERIFIED, SampleEvents.profileVerified());

            assertThat(byNameReader.deserialize(Topics.PROFILE_VERIFIED, payload))
                .isEqualTo(SampleEvents.profileVerified());
            assertThat(SchemaRegistryClients.mockScope("round-trip-by-class-name").subjects())
                .containsExactly(Topics.PROFILE_VERIFIED + "-value");
        }
        finally {
            SchemaRegistryClients.dropScope("round-trip-by-class-name");
        }
    }

    private AvroDeserializer deserializer(boolean specific) {
        AvroDeserializer deserializer = new AvroDeserializer(registry);
        deserializer.configure(Map.of(AvroSerdeConfig.SPECIFIC_AVRO_READER, specific), false);
        return deserializer;
    }

}
