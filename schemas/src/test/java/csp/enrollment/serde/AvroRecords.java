package csp.enrollment.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Test helpers: plain Avro binary, schema variants with the same full name, wire-format
 * headers.
 */
final class AvroRecords {

    private AvroRecords() {
    }

    /** The plain Avro binary of {@code record}, as any Avro library writes it. */
    static byte[] avroBinary(SpecificRecord record) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new SpecificDatumWriter<SpecificRecord>(record.getSchema(), SpecificData.getForClass(record.getClass()))
                .write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code record} resolved into {@code target} (a variant of its schema) as a
     * GenericRecord.
     */
    static GenericRecord asGeneric(SpecificRecord record, Schema target) {
        try {
            return new GenericDatumReader<GenericRecord>(record.getSchema(), target, AvroModels.GENERIC).read(null,
                    DecoderFactory.get().binaryDecoder(avroBinary(record), null));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of record schema {@code schema} (same full name) without field {@code name}.
     */
    static Schema withoutField(Schema schema, String name) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : schema.getFields()) {
            if (!field.name().equals(name)) {
                fields.add(new Schema.Field(field, field.schema()));
            }
        }
        return copyWith(schema, fields);
    }

    /**
     * A copy of record schema {@code schema} (same full name) with an extra optional
     * string field.
     */
    static Schema withOptionalString(Schema schema, String name) {
        List<Schema.Field> fields = copyFields(schema);
        fields.add(new Schema.Field(name,
                Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)),
                "Added by a later version.", JsonProperties.NULL_VALUE));
        return copyWith(schema, fields);
    }

    /**
     * A copy of record schema {@code schema} (same full name) with an extra REQUIRED
     * string field.
     */
    static Schema withRequiredString(Schema schema, String name) {
        List<Schema.Field> fields = copyFields(schema);
        fields.add(new Schema.Field(name, Schema.create(Schema.Type.STRING), "Required, without default.", null));
        return copyWith(schema, fields);
    }

    /** The Confluent header for {@code schemaId} followed by {@code body}. */
    static byte[] wireFormat(int schemaId, byte[] body) {
        return ByteBuffer.allocate(5 + body.length).put((byte) 0).putInt(schemaId).put(body).array();
    }

    /** The schema id of a wire-format payload. */
    static int schemaIdOf(byte[] payload) {
        return ByteBuffer.wrap(payload, 1, 4).getInt();
    }

    /** The payload without its 5-byte header. */
    static byte[] bodyOf(byte[] payload) {
        return Arrays.copyOfRange(payload, 5, payload.length);
    }

    private static List<Schema.Field> copyFields(Schema schema) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : schema.getFields()) {
            fields.add(new Schema.Field(field, field.schema()));
        }
        return fields;
    }

    private static Schema copyWith(Schema schema, List<Schema.Field> fields) {
        Schema copy = Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
        for (Map.Entry<String, Object> prop : schema.getObjectProps().entrySet()) {
            copy.addProp(prop.getKey(), prop.getValue());
        }
        return copy;
    }

}
