package csp.enrollment.infrastructure.mongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An H2 database whose collections are {@link IdFirstH2Collection}s, whose non-unique
 * indexes answer queries ({@link BsonSecondaryIndex}), and whose documents, keys and
 * index entries are stored as BSON ({@link BsonDataTypes}). The maps keep
 * {@link H2Database}'s names ({@code databases.<db>.<coll>}, {@code meta.<db>.<coll>},
 * {@code <db>.<coll>._index_<name>}).
 */
final class IdFirstH2Database extends H2Database {

    /**
     * H2Database's constructor already opens the existing collections, through the
     * overrides below, before a field of this subclass could be set; so the store and the
     * counts travel in a thread-local while the constructor runs.
     */
    private static final ThreadLocal<Opening> BEING_OPENED = new ThreadLocal<>();

    private record Opening(MVStore store, OperationCounts counts) {
    }

    private final MVStore store;

    private final OperationCounts counts;

    private IdFirstH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry,
            OperationCounts counts) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
        this.counts = counts;
    }

    static IdFirstH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry,
            OperationCounts counts) {
        BEING_OPENED.set(new Opening(store, counts));
        try {
            return new IdFirstH2Database(databaseName, store, cursorRegistry, counts);
        }
        finally {
            BEING_OPENED.remove();
        }
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> data = store().openMap("databases." + namespace,
                new MVMap.Builder<Object, Document>().keyType(BsonDataTypes.KeyType.INSTANCE)
                    .valueType(BsonDataTypes.DocumentType.INSTANCE));
        MVMap<String, Object> meta = store().openMap("meta." + namespace);
        return new IdFirstH2Collection(this, collectionName, options, data, meta, cursorRegistry,
                counts != null ? counts : BEING_OPENED.get().counts());
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        return new BsonUniqueIndex(openIndexMap(collectionName, indexName), indexName, keys, sparse);
    }

    /**
     * A non-unique index that answers queries ({@link BsonSecondaryIndex}), where
     * mongo-java-server keeps none.
     */
    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        return new BsonSecondaryIndex(openIndexMap(collectionName, indexName), indexName, keys, sparse);
    }

    private MVMap<Object, Object> openIndexMap(String collectionName, String indexName) {
        return store().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                new MVMap.Builder<Object, Object>().keyType(BsonDataTypes.KeyType.INSTANCE)
                    .valueType(BsonDataTypes.KeyType.INSTANCE));
    }

    private MVStore store() {
        return store != null ? store : BEING_OPENED.get().store();
    }

}
