package csp.enrollment.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the Confluent wire format written by {@link AvroSerializer} or Confluent's
 * serializer: magic byte 0, a big-endian schema id, Avro binary. The writer schema comes
 * from the registry by id (once per id). With {@code specific.avro.reader=true} the value
 * is the generated class named by the writer schema, read with that class's schema as
 * reader schema, so data written with an older or newer compatible schema still decodes;
 * otherwise a GenericRecord in the writer schema (logical types as BigDecimal, Instant,
 * ...). A null payload is a null value (a tombstone).
 *
 * <p>
 * Every failure is a {@link SerializationException} naming the cause and the topic, so an
 * {@code ErrorHandlingDeserializer} can dead-letter the record.
 */
public class AvroDeserializer implements Deserializer<Object> {

    private static final int HEADER_LENGTH = 5;

    static {
        TrustedEventClasses.trust();
    }

    private final Map<Integer, DatumReader<Object>> readersBySchemaId = new ConcurrentHashMap<>();

    private volatile SchemaRegistryClient registry;

    private volatile boolean specificReader;

    /**
     * For Kafka, which creates deserializers by class name and then calls
     * {@link #configure}.
     */
    public AvroDeserializer() {
    }

    /**
     * Uses {@code registry} (behind a cache) whatever {@code schema.registry.url} says.
     */
    public AvroDeserializer(SchemaRegistryClient registry) {
        this.registry = CachingSchemaRegistryClient.of(registry);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        boolean specific = AvroSerdeConfig.flag(configs, AvroSerdeConfig.SPECIFIC_AVRO_READER, false);
        if (specific != specificReader) {
            readersBySchemaId.clear();
        }
        this.specificReader = specific;
        if (registry == null) {
            registry = SchemaRegistryClients.create(AvroSerdeConfig.requiredUrl(configs));
        }
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length < HEADER_LENGTH) {
            throw new SerializationException("too short payload for topic '" + topic + "': " + data.length
                    + " byte(s), but the Confluent wire format needs at least " + HEADER_LENGTH
                    + " (magic byte 0 and a 4-byte schema id)");
        }
        if (data[0] != AvroSerializer.MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "unknown magic byte 0x%02X for a record of topic '%s':"
                            + " expected 0x00 (Confluent wire format); the value was not written by an Avro serializer",
                    data[0] & 0xFF, topic));
        }
        int id = ((data[1] & 0xFF) << 24) | ((data[2] & 0xFF) << 16) | ((data[3] & 0xFF) << 8) | (data[4] & 0xFF);
        DatumReader<Object> reader = readerFor(topic, id);
        try {
            BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(data, HEADER_LENGTH, data.length - HEADER_LENGTH, null);
            Object value = reader.read(null, decoder);
            if (!decoder.isEnd()) {
                throw new IOException("bytes left over after the record");
            }
            return value;
        }
        catch (IOException | RuntimeException e) {
            throw new SerializationException(
                    "Avro decoding failure for a record of topic '" + topic + "' with schema id " + id + ": " + e, e);
        }
    }

    private DatumReader<Object> readerFor(String topic, int id) {
        DatumReader<Object> reader = readersBySchemaId.get(id);
        if (reader == null) {
            reader = newReader(topic, id, writerSchema(topic, id));
            readersBySchemaId.put(id, reader);
        }
        return reader;
    }

    private Schema writerSchema(String topic, int id) {
        SchemaRegistryClient client = registry;
        if (client == null) {
            throw new IllegalStateException("AvroDeserializer is not configured: call configure() with "
                    + AvroSerdeConfig.SCHEMA_REGISTRY_URL + " or pass a SchemaRegistryClient");
        }
        try {
            return client.schemaById(id);
        }
        catch (SchemaRegistryException e) {
            throw SerdeErrors.onSchemaId(topic, id, e);
        }
    }

    private DatumReader<Object> newReader(String topic, int id, Schema writer) {
        if (!specificReader) {
            return new GenericDatumReader<>(writer, writer, AvroModels.GENERIC);
        }
        if (!isNamed(writer)) {
            return new SpecificDatumReader<>(writer, writer, SpecificData.get());
        }
        Class<?> generated = generatedClassOf(topic, id, writer);
        SpecificData model = SpecificData.getForClass(generated);
        return new SpecificDatumReader<>(writer, model.getSchema(generated), model);
    }

    private static Class<?> generatedClassOf(String topic, int id, Schema writer) {
        Class<?> generated;
        try {
            generated = SpecificData.get().getClass(writer);
        }
        catch (RuntimeException e) {
            throw new SerializationException("cannot load the generated class " + writer.getFullName()
                    + " for schema id " + id + " of topic '" + topic + "'"
                    + (isUntrusted(e)
                            ? ": Avro does not trust its package (only " + TrustedEventClasses.EVENTS_PACKAGE
                                    + "); list it in the system property org.apache.avro.SERIALIZABLE_PACKAGES"
                            : ": " + e),
                    e);
        }
        if (generated == null
                || (writer.getType() == Schema.Type.RECORD && !SpecificRecord.class.isAssignableFrom(generated))) {
            throw new SerializationException("no generated class for writer schema " + writer.getFullName()
                    + " (schema id " + id + ") of topic '" + topic + "' with " + AvroSerdeConfig.SPECIFIC_AVRO_READER
                    + "=true: is the schemas module that generates it on the classpath?");
        }
        return generated;
    }

    private static boolean isUntrusted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SecurityException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamed(Schema schema) {
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> true;
            default -> false;
        };
    }

}
