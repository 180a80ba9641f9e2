package csp.enrollment.infrastructure.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

import csp.enrollment.serde.TrustedEventClasses;

/**
 * Builds an instance of a generated event class with every field set (the first non-null
 * branch of each union, one element per array), so a round trip exercises the whole
 * schema.
 */
final class SampleEvents {

    static {
        // SpecificData creates the nested records by the class names of their schemas
        TrustedEventClasses.trust();
    }

    private SampleEvents() {
    }

    static SpecificRecord of(Class<? extends SpecificRecord> type) {
        return (SpecificRecord) value(SpecificData.get().getSchema(type), type.getSimpleName());
    }

    private static Object value(Schema schema, String name) {
        LogicalType logicalType = schema.getLogicalType();
        if (logicalType instanceof LogicalTypes.Decimal decimal) {
            return new BigDecimal("12345.67").setScale(decimal.getScale(), RoundingMode.HALF_UP);
        }
        if (logicalType instanceof LogicalTypes.TimestampMillis) {
            return Instant.ofEpochMilli(1_767_225_600_123L);
        }
        return switch (schema.getType()) {
            case RECORD -> record(schema);
            case ENUM -> SpecificData.get().createEnum(schema.getEnumSymbols().get(0), schema);
            case ARRAY -> List.of(value(schema.getElementType(), name));
            case MAP -> Map.of("key", value(schema.getValueType(), name));
            case UNION -> value(schema.getTypes()
                .stream()
                .filter(branch -> branch.getType() != Schema.Type.NULL)
                .findFirst()
                .orElseThrow(), name);
            case STRING -> name + "-sample";
            case BYTES -> ByteBuffer.wrap(name.getBytes(StandardCharsets.UTF_8));
            case INT -> 7;
            case LONG -> 42L;
            case FLOAT -> 1.5f;
            case DOUBLE -> 2.5d;
            case BOOLEAN -> true;
            default -> throw new IllegalArgumentException("No sample for " + schema);
        };
    }

    private static Object record(Schema schema) {
        SpecificRecord record = (SpecificRecord) SpecificData.get().newRecord(null, schema);
        for (Schema.Field field : schema.getFields()) {
            record.put(field.pos(), value(field.schema(), field.name()));
        }
        return record;
    }

}
