package csp.enrollment.serde;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import csp.enrollment.events.EnrollmentApplication;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Topics;

/**
 * Every failure is a SerializationException that says what went wrong and names the
 * topic.
 */
class SerdeErrorsTests {

    private static final String TOPIC = Topics.PROFILE_VERIFIED;

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    private final AvroDeserializer deserializer = new AvroDeserializer(registry);

    SerdeErrorsTests() {
        deserializer.configure(Map.of(AvroSerdeConfig.SPECIFIC_AVRO_READER, true), false);
    }

    @Test
    void rejectsAnUnknownMagicByteShowingIt() {
        byte[] payload = { 0x7B, 0x22, 0x6D, 0x70, 0x6E, 0x22, 0x7D }; // {"mpn"} - JSON,
                                                                       // not Avro

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, payload)).isInstanceOf(SerializationException.class)
            .hasMessageStartingWith("unknown magic byte 0x7B")
            .hasMessageContaining("topic '" + TOPIC + "'");
    }

    @Test
    void rejectsAPayloadTooShortForTheHeader() {
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[] { 0, 0, 0 }))
            .isInstanceOf(SerializationException.class)
            .hasMessageStartingWith("too short payload")
            .hasMessageContaining("3 byte(s)")
            .hasMessageContaining("topic '" + TOPIC + "'");
    }

    @Test
    void rejectsAnUnknownSchemaIdShowingIt() {
        byte[] payload = AvroRecords.wireFormat(4711, AvroRecords.avroBinary(SampleEvents.profileVerified()));

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, payload)).isInstanceOf(SerializationException.class)
            .hasMessageStartingWith("unknown schema id 4711")
            .hasMessageContaining("topic '" + TOPIC + "'");
    }

    @Test
    void reportsAnUnreachableRegistryWhenSerializing() {
        String url = ClosedPort.url();
        AvroSerializer serializer = new AvroSerializer();
        serializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, url), false);

        assertThatThrownBy(() -> serializer.serialize(TOPIC, SampleEvents.profileVerified()))
            .isInstanceOf(SerializationException.class)
            .hasMessageStartingWith("schema registry unreachable")
            .hasMessageContaining("topic '" + TOPIC + "'")
            .hasMessageContaining(url);
    }

    @Test
    void reportsAnUnreachableRegistryWhenDeserializing() {
        String url = ClosedPort.url();
        AvroDeserializer unreachable = new AvroDeserializer();
        unreachable.configure(
                Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, url, AvroSerdeConfig.SPECIFIC_AVRO_READER, true), false);
        byte[] payload = AvroRecords.wireFormat(1, AvroRecords.avroBinary(SampleEvents.profileVerified()));

        assertThatThrownBy(() -> unreachable.deserialize(TOPIC, payload)).isInstanceOf(SerializationException.class)
            .hasMessageStartingWith("schema registry unreachable: cannot fetch schema id 1")
            .hasMessageContaining("topic '" + TOPIC + "'")
            .hasMessageContaining(url);
    }

    @Test
    void reportsAnIncompatibleSchemaWhenRegistering() {
        AvroSerializer serializer = new AvroSerializer(registry);
        serializer.serialize(TOPIC, SampleEvents.profileVerified());
        Schema incompatible = AvroRecords.withRequiredString(ProfileVerified.getClassSchema(), "region");
        GenericRecord record = new GenericData.Record(incompatible);
        GenericRecord current = AvroRecords.asGeneric(SampleEvents.profileVerified(), ProfileVerified.getClassSchema());
        current.getSchema().getFields().forEach(f -> record.put(f.name(), current.get(f.pos())));
        record.put("region", "EMEA");

        assertThatThrownBy(() -> serializer.serialize(TOPIC, record)).isInstanceOf(SerializationException.class)
            .hasMessageStartingWith("incompatible schema: csp.enrollment.events.ProfileVerified")
            .hasMessageContaining("topic '" + TOPIC + "'");
    }

    @Test
    void reportsASchemaNotRegisteredWhenAutoRegistrationIsOff() {
        AvroSerializer serializer = new AvroSerializer(registry);
        serializer.configure(Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false"), false);

        assertThatThrownBy(() -> serializer.serialize(TOPIC, SampleEvents.profileVerified()))
            .isInstanceOf(SerializationException.class)
            .hasMessageStartingWith("schema not registered")
            .hasMessageContaining("auto.register.schemas=false")
            .hasMessageContaining("topic '" + TOPIC + "'");
    }

    @Test
    void reportsAWriterSchemaWithoutGeneratedClassWhenSpecificReaderIsOn() {
        Schema legacy = SchemaBuilder.record("PartnerProfile")
            .namespace("legacy.crm")
            .fields()
            .requiredString("partnerId")
            .endRecord();
        GenericRecord record = new GenericData.Record(legacy);
        record.put("partnerId", "6543210");
        byte[] payload = new AvroSerializer(registry).serialize(TOPIC, record);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, payload)).isInstanceOf(SerializationException.class)
            .hasMessageStartingWith("no generated class for writer schema legacy.crm.PartnerProfile")
            .hasMessageContaining("topic '" + TOPIC + "'");
    }

    @Test
    void reportsAnAvroDecodingFailureForRandomBytesAfterAValidHeader() {
        int id = registry.register(TOPIC + "-value", ProfileVerified.getClassSchema());
        byte[] garbage = new byte[64];
        new Random(20250314).nextBytes(garbage);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, AvroRecords.wireFormat(id, garbage)))
            .isInstanceOf(SerializationException.class)
            .hasMessageStartingWith("Avro decoding failure")
            .hasMessageContaining("topic '" + TOPIC + "'")
            .hasMessageContaining("schema id " + id);
    }

    @Test
    void reportsBytesLeftOverAfterTheRecordAsADecodingFailure() {
        int id = registry.register(TOPIC + "-value", ProfileVerified.getClassSchema());
        byte[] body = AvroRecords.avroBinary(SampleEvents.profileVerified());
        byte[] padded = java.util.Arrays.copyOf(body, body.length + 3);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, AvroRecords.wireFormat(id, padded)))
            .isInstanceOf(SerializationException.class)
            .hasMessageStartingWith("Avro decoding failure")
            .hasMessageContaining("left over");
    }

    @Test
    void reportsAnAvroEncodingFailureForADecimalOfTheWrongScale() {
        EnrollmentApplication application = SampleEvents.enrollmentApplication();
        application.getDirectBill().setCspCloudRevenueTtmUsd(new BigDecimal("1250000.005"));

        assertThatThrownBy(() -> new AvroSerializer(registry).serialize(Topics.APPLICATIONS, application))
            .isInstanceOf(SerializationException.class)
            .hasMessageStartingWith("Avro encoding failure")
            .hasMessageContaining("topic '" + Topics.APPLICATIONS + "'");
    }

    @Test
    void refusesToSerializeSomethingThatIsNotAnAvroRecord() {
        assertThatThrownBy(() -> new AvroSerializer(registry).serialize(TOPIC, "plain text"))
            .isInstanceOf(SerializationException.class)
            .hasMessageContaining("java.lang.String")
            .hasMessageContaining("topic '" + TOPIC + "'");
    }

    @Test
    void requiresTheRegistryUrl() {
        assertThatThrownBy(() -> new AvroSerializer().configure(Map.of(), false)).isInstanceOf(ConfigException.class)
            .hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> new AvroDeserializer().configure(Map.of("specific.avro.reader", true), false))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("schema.registry.url");
    }

    @Test
    void rejectsAFlagThatIsNeitherTrueNorFalse() {
        assertThatThrownBy(() -> new AvroDeserializer(registry).configure(Map.of("specific.avro.reader", "yes"), false))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("specific.avro.reader");
    }

}
