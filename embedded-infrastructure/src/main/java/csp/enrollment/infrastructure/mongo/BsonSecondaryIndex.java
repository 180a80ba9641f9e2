package csp.enrollment.infrastructure.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A non-unique index, kept in an H2 map beside the collection's data (so one commit
 * writes both): mongo-java-server ignores every index that is not unique, which made a
 * query by such a field ({@code enrollmentId} of the e-mails, the tenant claims) read the
 * whole collection. An entry's key is the document's key values followed by its position
 * ({@code _id}), so equal key values sort together and one seek finds them all. The index
 * answers a query that names each of its fields with a plain value, or its one field with
 * {@code $in} a list of them (extra conditions allowed: the collection still matches
 * every document it gets against the whole query); ranges, other operators and
 * {@code null} are left to a scan, as before.
 */
final class BsonSecondaryIndex extends Index<Object> {

    private static final String ID = "_id";

    private static final ValueComparator ORDER = ValueComparator.asc();

    private final MVMap<Object, Object> entries;

    BsonSecondaryIndex(MVMap<Object, Object> entries, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.entries = entries;
    }

    @Override
    public boolean canHandle(Document query) {
        return !leadingValues(query).isEmpty() || inList(query) != null;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        Collection<?> values = inList(query);
        if (values == null) {
            return positionsOf(leadingValues(query));
        }
        Set<Object> positions = new LinkedHashSet<>();
        values.forEach(value -> positions.addAll(positionsOf(List.of(value))));
        return positions;
    }

    /**
     * The query's plain values of the index's first fields, up to the first field it does
     * not name with one (for {@code {kind: k, dueAt: {$lte: t}}} on (kind, dueAt): [k]).
     */
    private List<Object> leadingValues(Document query) {
        List<Object> values = new ArrayList<>();
        for (String key : keys()) {
            Object value = query.get(key);
            if (!QueryValues.isPlainValue(value)) {
                break;
            }
            values.add(value);
        }
        return values;
    }

    /**
     * The values of {@code {field: {$in: [...]}}} on a one-field index (a bulk release of
     * claims), when each is a plain value; else null.
     */
    private Collection<?> inList(Document query) {
        Collection<?> values = keys().size() == 1 ? QueryValues.inList(query.get(keys().get(0))) : null;
        return values != null && values.stream().allMatch(QueryValues::isPlainValue) ? values : null;
    }

    private List<Object> positionsOf(List<Object> prefix) {
        List<Object> positions = new ArrayList<>();
        Iterator<Object> keys = entries.keyIterator(new KeyValue(prefix));
        while (keys.hasNext()) {
            KeyValue entry = (KeyValue) keys.next();
            if (!startsWith(entry, prefix)) {
                break;
            }
            positions.add(entry.get(entry.size() - 1));
        }
        return positions;
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        entriesOf(document, position).forEach(entry -> entries.put(entry, Missing.ofNullable(position)));
    }

    @Override
    public Object remove(Document document) {
        Object position = positionOf(document);
        entriesOf(document, position).forEach(entries::remove);
        return position;
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        List<KeyValue> before = entriesOf(oldDocument, position);
        List<KeyValue> after = entriesOf(newDocument, position);
        if (!before.equals(after)) {
            before.forEach(entries::remove);
            after.forEach(entry -> entries.put(entry, Missing.ofNullable(position)));
        }
    }

    /** Not unique: a document is never found by this index alone. */
    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // nothing to refuse: the index is not unique
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // nothing to refuse: the index is not unique
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        entries.clear();
    }

    /** One entry per key value of the document (an array field gives one per element). */
    private List<KeyValue> entriesOf(Document document, Object position) {
        if (isSparse() && keys().stream().noneMatch(document::containsKey)) {
            return List.of();
        }
        List<KeyValue> result = new ArrayList<>();
        for (KeyValue keyValue : getKeyValues(document)) {
            List<Object> values = new ArrayList<>(keyValue.size() + 1);
            keyValue.forEach(values::add);
            values.add(Missing.ofNullable(position));
            result.add(new KeyValue(values));
        }
        return result;
    }

    /**
     * The collection's position of a document: its {@code _id}, as H2Collection keys it.
     */
    private static Object positionOf(Document document) {
        return Missing.ofNullable(document.get(ID));
    }

    private static boolean startsWith(KeyValue entry, List<Object> prefix) {
        if (entry.size() <= prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (ORDER.compare(entry.get(i), prefix.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

}
