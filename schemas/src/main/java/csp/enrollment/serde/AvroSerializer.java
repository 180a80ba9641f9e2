package csp.enrollment.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records (generated SpecificRecords or GenericRecords) in the Confluent wire
 * format: magic byte 0, the writer schema's registry id as a big-endian int, then the
 * Avro binary. The schema is registered (or, with {@code auto.register.schemas=false},
 * looked up) under {@code <topic>-value} ({@code <topic>-key} for keys); ids and writers
 * are cached, so the registry is called once per schema. A null value is a null payload
 * (a tombstone).
 *
 * <p>
 * Configuration as Confluent's {@code KafkaAvroSerializer}: {@code schema.registry.url}
 * (required), {@code auto.register.schemas} (default true),
 * {@code value.subject.name.strategy} (default TopicNameStrategy; see
 * {@link SubjectNameStrategy}). Thread-safe, as a producer needs.
 */
public class AvroSerializer implements Serializer<Object> {

    static final byte MAGIC_BYTE = 0;

    private final Map<Schema, DatumWriter<Object>> specificWriters = new ConcurrentHashMap<>();

    private final Map<Schema, DatumWriter<Object>> genericWriters = new ConcurrentHashMap<>();

    private volatile SchemaRegistryClient registry;

    private volatile boolean autoRegister = true;

    private volatile boolean isKey;

    private volatile SubjectNameStrategy subjectNameStrategy = SubjectNameStrategy.TOPIC_NAME;

    /**
     * For Kafka, which creates serializers by class name and then calls
     * {@link #configure}.
     */
    public AvroSerializer() {
    }

    /**
     * Uses {@code registry} (behind a cache) whatever {@code schema.registry.url} says.
     */
    public AvroSerializer(SchemaRegistryClient registry) {
        this.registry = CachingSchemaRegistryClient.of(registry);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        this.autoRegister = AvroSerdeConfig.flag(configs, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, true);
        this.subjectNameStrategy = SubjectNameStrategy.from(configs, isKey);
        if (registry == null) {
            registry = SchemaRegistryClients.create(AvroSerdeConfig.requiredUrl(configs));
        }
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (!(data instanceof GenericContainer container)) {
            throw new SerializationException("cannot serialize a " + data.getClass().getName() + " for topic '" + topic
                    + "': only Avro records (SpecificRecord or GenericRecord) are supported");
        }
        Schema schema = container.getSchema();
        int id = writerSchemaId(topic, schema);
        return encode(topic, id, schema, data);
    }

    private int writerSchemaId(String topic, Schema schema) {
        SchemaRegistryClient client = registry;
        if (client == null) {
            throw new IllegalStateException("AvroSerializer is not configured: call configure() with "
                    + AvroSerdeConfig.SCHEMA_REGISTRY_URL + " or pass a SchemaRegistryClient");
        }
        String subject = subjectNameStrategy.subject(topic, isKey, schema);
        try {
            return autoRegister ? client.register(subject, schema) : client.idOf(subject, schema);
        }
        catch (SchemaRegistryException e) {
            throw SerdeErrors.onWriterSchema(topic, subject, schema, autoRegister, e);
        }
    }

    private byte[] encode(String topic, int id, Schema schema, Object data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(MAGIC_BYTE);
        out.write(id >>> 24);
        out.write(id >>> 16);
        out.write(id >>> 8);
        out.write(id);
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writerFor(schema, data).write(data, encoder);
            encoder.flush();
        }
        catch (IOException | RuntimeException e) {
            throw new SerializationException("Avro encoding failure: cannot write a " + schema.getFullName()
                    + " (schema id " + id + ") for topic '" + topic + "': " + e, e);
        }
        return out.toByteArray();
    }

    private DatumWriter<Object> writerFor(Schema schema, Object data) {
        if (data instanceof SpecificRecord) {
            return specificWriters.computeIfAbsent(schema,
                    s -> new SpecificDatumWriter<>(s, SpecificData.getForClass(data.getClass())));
        }
        return genericWriters.computeIfAbsent(schema, s -> new GenericDatumWriter<>(s, AvroModels.GENERIC));
    }

}
