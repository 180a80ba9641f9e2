package csp.enrollment.infrastructure.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that finds documents by its {@code _id} index whenever the query names
 * one {@code _id} or a list of them ({@code $in}), also when it has further conditions.
 * mongo-java-server uses an index only for a query on exactly the index's keys, so
 * {@code {_id: x, leaseToken: t}} (every conditional update and claim of the services)
 * and {@code {_id: {$in: [...]}, status: s}} (every bulk update) scanned the whole
 * collection: each write cost time in proportion to the collection's size. An {@code $or}
 * whose branches indexes answer is answered from them too. Results are the same; the
 * other conditions are still matched.
 */
final class IdFirstH2Collection extends H2Collection {

    private static final String ID = "_id";

    private static final String OR = "$or";

    private final OperationCounts counts;

    IdFirstH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry,
            OperationCounts counts) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.counts = counts;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
            Document fieldSelector) {
        if (query.size() > 1
                && (QueryValues.isPlainValue(query.get(ID)) || QueryValues.inList(query.get(ID)) != null)) {
            Document byId = new Document(ID, query.get(ID));
            Index<Object> index = indexFor(byId);
            if (index != null) {
                return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit, batchSize,
                        fieldSelector);
            }
        }
        if (query.size() == 1 && query.get(OR) instanceof List<?> branches) {
            Iterable<Object> positions = positionsOfEach(branches);
            if (positions != null) {
                return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * The positions an index gives for each branch of an {@code $or}, together; null when
     * a branch is one no index answers. The key vault's lookup of a data key,
     * {@code {$or: [{_id: {$in: [...]}}, {keyAltNames: {$in: []}}]}}, is one.
     */
    private Iterable<Object> positionsOfEach(List<?> branches) {
        Set<Object> positions = new LinkedHashSet<>();
        for (Object branch : branches) {
            if (!(branch instanceof Document condition)) {
                return null;
            }
            if (matchesNothing(condition)) {
                continue;
            }
            Index<Object> index = indexFor(condition);
            if (index == null) {
                return null;
            }
            index.getPositions(condition).forEach(positions::add);
        }
        return positions;
    }

    /** {@code {field: {$in: []}}}: no document has a value in an empty list. */
    private static boolean matchesNothing(Document condition) {
        if (condition.size() != 1) {
            return false;
        }
        Collection<?> values = QueryValues.inList(condition.values().iterator().next());
        return values != null && values.isEmpty();
    }

    /** The first index that can answer {@code condition}, or null. */
    private Index<Object> indexFor(Document condition) {
        return getIndexes().stream().filter(index -> index.canHandle(condition)).findFirst().orElse(null);
    }

    /*
     * The store's documents never leave it, and nothing from outside is kept: it stores
     * its own copy of every document it is given and hands out copies. The MVStore
     * serialises pages on commit, on another thread; a document object the server still
     * held (an upsert's result, an update's new version, a document read for an update)
     * and changed meanwhile made that serialisation fail with a
     * ConcurrentModificationException, and a failed commit closes the store.
     */
    @Override
    protected Document getDocument(Object position) {
        Document stored = super.getDocument(position);
        return stored == null ? null : stored.cloneDeeply();
    }

    /** A scan: the documents it matched, as copies (see above). */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
            int batchSize, Document fieldSelector) {
        counts.scanned(getFullName(), query, count());
        QueryResult matched = super.matchDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize,
                fieldSelector);
        List<Document> copies = new ArrayList<>();
        matched.forEach(document -> copies.add(document.cloneDeeply()));
        return new QueryResult(copies, matched.getCursorId());
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        return super.addDocumentInternal(document.cloneDeeply());
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        super.handleUpdate(position, oldDocument, newDocument.cloneDeeply());
    }

}
