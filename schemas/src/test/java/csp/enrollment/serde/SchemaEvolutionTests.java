package csp.enrollment.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Topics;

/**
 * Old and new producers share a topic: records written with an older or a newer
 * compatible version of a schema (same full name, one optional field fewer or more) still
 * decode into the generated class, whose schema is the reader schema.
 */
class SchemaEvolutionTests {

    private static final String TOPIC = Topics.PROFILE_VERIFIED;

    private static final String SUBJECT = TOPIC + "-value";

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    private final AvroSerializer serializer = new AvroSerializer(registry);

    private final AvroDeserializer specificDeserializer = new AvroDeserializer(registry);

    private final AvroDeserializer genericDeserializer = new AvroDeserializer(registry);

    SchemaEvolutionTests() {
        specificDeserializer.configure(Map.of(AvroSerdeConfig.SPECIFIC_AVRO_READER, true), false);
        genericDeserializer.configure(Map.of(AvroSerdeConfig.SPECIFIC_AVRO_READER, false), false);
    }

    @Test
    void readsARecordOfAnOlderWriterWithTheDefaultOfTheFieldItLacks() {
        Schema older = AvroRecords.withoutField(ProfileVerified.getClassSchema(), "reviewedBy");
        ProfileVerified event = SampleEvents.profileVerified();
        byte[] oldPayload = serializer.serialize(TOPIC, AvroRecords.asGeneric(event, older));
        byte[] currentPayload = serializer.serialize(TOPIC, event);

        Object value = specificDeserializer.deserialize(TOPIC, oldPayload);

        assertThat(value).isEqualTo(ProfileVerified.newBuilder(event).setReviewedBy(null).build());
        assertThat(AvroRecords.schemaIdOf(oldPayload)).isEqualTo(registry.version(SUBJECT, 1).id())
            .isNotEqualTo(AvroRecords.schemaIdOf(currentPayload));
        assertThat(registry.version(SUBJECT, 1).schema()).isEqualTo(older);
        assertThat(registry.latest(SUBJECT).version()).isEqualTo(2);
        assertThat(registry.latest(SUBJECT).schema()).isEqualTo(ProfileVerified.getClassSchema());
    }

    @Test
    void readsARecordOfANewerWriterIgnoringTheFieldItAdded() {
        Schema newer = AvroRecords.withOptionalString(ProfileVerified.getClassSchema(), "complianceNote");
        ProfileVerified event = SampleEvents.profileVerified();
        byte[] currentPayload = serializer.serialize(TOPIC, event);
        GenericRecord newerRecord = AvroRecords.asGeneric(event, newer);
        newerRecord.put("complianceNote", "sanctions list checked twice");
        byte[] newPayload = serializer.serialize(TOPIC, newerRecord);

        Object value = specificDeserializer.deserialize(TOPIC, newPayload);

        assertThat(value).isEqualTo(event);
        assertThat(AvroRecords.schemaIdOf(newPayload)).isEqualTo(registry.latest(SUBJECT).id())
            .isNotEqualTo(AvroRecords.schemaIdOf(currentPayload));
        assertThat(registry.latest(SUBJECT).version()).isEqualTo(2);
        GenericRecord asWritten = (GenericRecord) genericDeserializer.deserialize(TOPIC, newPayload);
        assertThat(asWritten.get("complianceNote")).hasToString("sanctions list checked twice");
    }

    @Test
    void givesTheAddedFieldItsDefaultWhenANewerReaderReadsAnOlderRecord() {
        Schema newer = AvroRecords.withOptionalString(ProfileVerified.getClassSchema(), "complianceNote");

        GenericRecord read = AvroRecords.asGeneric(SampleEvents.profileVerified(), newer);

        assertThat(read.get("complianceNote")).isNull();
        assertThat(read.get("reviewedBy")).isEqualTo("reviewer@contoso-ops.example");
    }

}
