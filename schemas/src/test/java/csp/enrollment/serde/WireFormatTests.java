package csp.enrollment.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Topics;

class WireFormatTests {

    private static final int SCHEMA_ID = 0x01020305;

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    WireFormatTests() {
        // Ids count up from the highest restored id: the next registration gets
        // 0x01020305, whose
        // four bytes all differ, so the byte order is visible.
        Schema placeholder = SchemaBuilder.record("Placeholder").namespace("test").fields().endRecord();
        registry.restore(new RegisteredSchema("placeholder-value", 1, SCHEMA_ID - 1, placeholder));
    }

    @Test
    void writesMagicByteThenBigEndianSchemaIdThenPlainAvroBinary() {
        ProfileVerified event = SampleEvents.profileVerified();

        byte[] payload = new AvroSerializer(registry).serialize(Topics.PROFILE_VERIFIED, event);

        assertThat(payload[0]).isZero();
        assertThat(new byte[] { payload[1], payload[2], payload[3], payload[4] }).containsExactly(0x01, 0x02, 0x03,
                0x05);
        assertThat(registry.idOf(Topics.PROFILE_VERIFIED + "-value", event.getSchema())).isEqualTo(SCHEMA_ID);
        assertThat(AvroRecords.bodyOf(payload)).isEqualTo(AvroRecords.avroBinary(event));
    }

    @Test
    void readsAPayloadAssembledByHandAsAnyConfluentProducerWritesIt() {
        ProfileVerified event = SampleEvents.profileVerified();
        int id = registry.register(Topics.PROFILE_VERIFIED + "-value", event.getSchema());
        AvroDeserializer deserializer = new AvroDeserializer(registry);
        deserializer.configure(Map.of(AvroSerdeConfig.SPECIFIC_AVRO_READER, true), false);

        Object value = deserializer.deserialize(Topics.PROFILE_VERIFIED,
                AvroRecords.wireFormat(id, AvroRecords.avroBinary(event)));

        assertThat(value).isEqualTo(event);
    }

}
