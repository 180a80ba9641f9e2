package csp.enrollment.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Topics;

class CompatibilityTests {

    private static final String TOPIC = Topics.PROFILE_VERIFIED;

    private static final String SUBJECT = TOPIC + "-value";

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void refusesToRegisterASchemaThatCannotReadTheLatestVersion() {
        registry.register(SUBJECT, ProfileVerified.getClassSchema());
        Schema incompatible = AvroRecords.withRequiredString(ProfileVerified.getClassSchema(), "region");

        assertThatThrownBy(() -> registry.register(SUBJECT, incompatible))
            .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(409))
            .hasMessageContaining("incompatible")
            .hasMessageContaining(SUBJECT)
            .hasMessageContaining("region");
        assertThat(registry.versions(SUBJECT)).containsExactly(1);
    }

    @Test
    void acceptsASchemaWithAnAddedOptionalField() {
        int first = registry.register(SUBJECT, ProfileVerified.getClassSchema());

        int second = registry.register(SUBJECT,
                AvroRecords.withOptionalString(ProfileVerified.getClassSchema(), "complianceNote"));

        assertThat(second).isNotEqualTo(first);
        assertThat(registry.versions(SUBJECT)).containsExactly(1, 2);
    }

    @Test
    void failsToSerializeARecordWhoseSchemaIsIncompatibleNamingTheTopic() {
        AvroSerializer serializer = new AvroSerializer(registry);
        serializer.serialize(TOPIC, SampleEvents.profileVerified());
        GenericRecord incompatible = AvroRecords.asGeneric(SampleEvents.profileVerified(),
                AvroRecords.withOptionalString(ProfileVerified.getClassSchema(), "region"));
        Schema withRequiredRegion = AvroRecords.withRequiredString(ProfileVerified.getClassSchema(), "region");
        GenericRecord record = new GenericData.Record(withRequiredRegion);
        incompatible.getSchema().getFields().forEach(f -> record.put(f.name(), incompatible.get(f.pos())));
        record.put("region", "EMEA");

        assertThatThrownBy(() -> serializer.serialize(TOPIC, record)).isInstanceOf(SerializationException.class)
            .hasMessageStartingWith("incompatible schema")
            .hasMessageContaining("topic '" + TOPIC + "'")
            .hasMessageContaining(SUBJECT)
            .hasMessageContaining("region");
    }

}
