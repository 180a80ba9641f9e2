package csp.enrollment.infrastructure.mongo;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the durable store writes documents and keys into H2 pages: as BSON, with the codec
 * mongo-java-server uses on the wire. H2's default type falls back to Java serialization
 * for every value it does not know (a {@link Document}, an index's {@link KeyValue}), and
 * it compares such keys by serializing both sides: profiling the local stack showed that
 * as most of the store's time. BSON is compact, quick to read and write, and keys compare
 * as MongoDB orders them.
 */
final class BsonDataTypes {

    /**
     * Tag of {@link Missing} (an absent {@code _id} or index field); BSON has no such
     * value.
     */
    private static final byte MISSING = 0x00;

    /** Tag of an index key: a count, then each value with its type. */
    private static final byte KEY_VALUE = 0x70;

    private static final ThreadLocal<ByteBuf> SCRATCH = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    private BsonDataTypes() {
    }

    /** The values of a collection's data map. */
    static final class DocumentType extends BasicDataType<Document> {

        static final DocumentType INSTANCE = new DocumentType();

        @Override
        public int getMemory(Document document) {
            // An estimate is enough for the page cache; measuring would cost an encoding.
            return 64 + 80 * document.size();
        }

        @Override
        public void write(WriteBuffer buffer, Document document) {
            ByteBuf scratch = scratch();
            BsonEncoder.encodeDocument(document, scratch);
            buffer.put(scratch.array(), scratch.arrayOffset(), scratch.readableBytes());
        }

        @Override
        public Document read(ByteBuffer buffer) {
            ByteBuf in = Unpooled.wrappedBuffer(buffer.slice());
            Document document = BsonDecoder.decodeBson(in);
            buffer.position(buffer.position() + in.readerIndex());
            return document;
        }

        @Override
        public Document[] createStorage(int size) {
            return new Document[size];
        }

    }

    /**
     * Keys of a data map ({@code _id} values), and keys and values of a unique index
     * ({@link KeyValue}s pointing at {@code _id} values), ordered as MongoDB orders
     * values.
     */
    static final class KeyType extends BasicDataType<Object> {

        static final KeyType INSTANCE = new KeyType();

        private static final ValueComparator ORDER = ValueComparator.asc();

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue left && b instanceof KeyValue right) {
                int common = Math.min(left.size(), right.size());
                for (int i = 0; i < common; i++) {
                    int order = ORDER.compare(left.get(i), right.get(i));
                    if (order != 0) {
                        return order;
                    }
                }
                return Integer.compare(left.size(), right.size());
            }
            return ORDER.compare(a, b);
        }

        @Override
        public int getMemory(Object key) {
            return key instanceof KeyValue keyValue ? 48 + 32 * keyValue.size() : 48;
        }

        @Override
        public void write(WriteBuffer buffer, Object key) {
            ByteBuf scratch = scratch();
            if (key instanceof KeyValue keyValue) {
                scratch.writeByte(KEY_VALUE);
                scratch.writeIntLE(keyValue.size());
                keyValue.forEach(value -> writeValue(value, scratch));
            }
            else {
                writeValue(key, scratch);
            }
            buffer.put(scratch.array(), scratch.arrayOffset(), scratch.readableBytes());
        }

        @Override
        public Object read(ByteBuffer buffer) {
            ByteBuf in = Unpooled.wrappedBuffer(buffer.slice());
            Object key;
            byte tag = in.readByte();
            if (tag == KEY_VALUE) {
                int size = in.readIntLE();
                List<Object> values = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    values.add(readValue(in.readByte(), in));
                }
                key = new KeyValue(values);
            }
            else {
                key = readValue(tag, in);
            }
            buffer.position(buffer.position() + in.readerIndex());
            return key;
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }

        private static void writeValue(Object value, ByteBuf out) {
            if (value instanceof Missing) {
                out.writeByte(MISSING);
                return;
            }
            byte type = BsonEncoder.determineType(value);
            out.writeByte(type);
            BsonEncoder.encodeValue(type, value, out);
        }

        private static Object readValue(byte type, ByteBuf in) {
            return type == MISSING ? Missing.getInstance() : BsonDecoder.decodeValue(type, in);
        }

    }

    private static ByteBuf scratch() {
        ByteBuf scratch = SCRATCH.get();
        scratch.clear();
        return scratch;
    }

}
