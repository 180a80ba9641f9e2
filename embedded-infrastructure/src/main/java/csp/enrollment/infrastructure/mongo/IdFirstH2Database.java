package csp.enrollment.infrastructure.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

/**
 * An H2 database whose collections are {@link IdFirstH2Collection}s. Collections are stored in
 * the same MVStore maps as {@link H2Database}'s own ({@code databases.<db>.<coll>} and
 * {@code meta.<db>.<coll>}), so the file stays readable by the plain backend.
 */
final class IdFirstH2Database extends H2Database {

    /**
     * H2Database's constructor already opens the existing collections, through the override below,
     * before a field of this subclass could be set; so the store travels in a thread-local while
     * the constructor runs.
     */
    private static final ThreadLocal<MVStore> STORE_BEING_OPENED = new ThreadLocal<>();

    private final MVStore store;

    private IdFirstH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
    }

    static IdFirstH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        STORE_BEING_OPENED.set(store);
        try {
            return new IdFirstH2Database(databaseName, store, cursorRegistry);
        }
        finally {
            STORE_BEING_OPENED.remove();
        }
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        MVStore store = this.store != null ? this.store : STORE_BEING_OPENED.get();
        String namespace = getFullCollectionNamespace(collectionName);
        return new IdFirstH2Collection(this, collectionName, options, store.openMap("databases." + namespace),
                store.openMap("meta." + namespace), cursorRegistry);
    }
}
