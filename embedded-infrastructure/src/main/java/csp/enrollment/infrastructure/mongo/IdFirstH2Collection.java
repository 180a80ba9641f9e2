package csp.enrollment.infrastructure.mongo;

import java.util.Collection;
import java.util.Map;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that finds documents by its {@code _id} index whenever the query names one
 * {@code _id} or a list of them ({@code $in}), also when it has further conditions.
 * mongo-java-server uses an index only for a query on exactly the index's keys, so
 * {@code {_id: x, leaseToken: t}} (every conditional update and claim of the services) and
 * {@code {_id: {$in: [...]}, status: s}} (every bulk update) scanned the whole collection: each
 * write cost time in proportion to the collection's size. Results are the same; the other
 * conditions are still matched.
 */
final class IdFirstH2Collection extends H2Collection {

    private static final String ID = "_id";

    IdFirstH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
            int batchSize, Document fieldSelector) {
        if (query.size() > 1 && (isPlainValue(query.get(ID)) || isInList(query.get(ID)))) {
            Document byId = new Document(ID, query.get(ID));
            for (Index<Object> index : getIndexes()) {
                if (index.canHandle(byId)) {
                    return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit, batchSize,
                            fieldSelector);
                }
            }
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** {@code {$in: [...]}} and nothing else. */
    private static boolean isInList(Object id) {
        return id instanceof Map<?, ?> document && document.size() == 1 && document.get("$in") instanceof Collection<?>;
    }

    /** An id to look up, not an operator expression such as {@code {$in: [...]}}. */
    private static boolean isPlainValue(Object id) {
        if (id == null) {
            return false;
        }
        if (id instanceof Map<?, ?> document) {
            return document.keySet().stream().noneMatch(key -> String.valueOf(key).startsWith("$"));
        }
        return true;
    }
}
