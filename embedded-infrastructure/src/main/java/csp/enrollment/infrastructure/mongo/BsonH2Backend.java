package csp.enrollment.infrastructure.mongo;

import java.util.Map;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with the project's additions, in memory or on a file:
 * documents and keys stored as BSON and lookups by {@code _id} first (see
 * {@link IdFirstH2Database}), secondary indexes that answer queries, counts through the
 * indexes ({@link CountDocumentsCommand}), an answer to {@code hello}, and on a file, a
 * write answered only once it is in the file. H2's own auto-commit runs about once a
 * second in the background, so a killed process would lose writes a client was already
 * told had succeeded (an accepted application, a recorded event id); here every write
 * command waits for a commit, and concurrent writes share one ({@link GroupCommit}).
 */
final class BsonH2Backend extends H2Backend {

    /**
     * Marks a file written with BSON documents; files of the earlier Java-serialized
     * format are refused.
     */
    private static final String FORMAT_MAP = "csp.format";

    private static final String FORMAT = "bson-1";

    private static final int CACHE_MB = 64;

    /**
     * A page of the file is split beyond 4 KiB (H2's file default is 16 KiB). A commit
     * writes every page a change touched, re-encoding each document on it; with a few
     * documents per page instead of about 27, the benchmark ran 19 % faster (README).
     */
    private static final int PAGE_SPLIT_BYTES = 4 * 1024;

    /** Null in memory, where there is nothing to make durable. */
    private final GroupCommit groupCommit;

    /**
     * Not final and without an initializer: H2Backend's constructor opens the databases a
     * file already holds, through {@link #openOrCreateDatabase}, before this class's
     * initializers run.
     */
    private volatile OperationCounts counts;

    private BsonH2Backend(MVStore store, GroupCommit groupCommit) {
        super(store);
        this.groupCommit = groupCommit;
        counts();
    }

    static BsonH2Backend inHeap() {
        return new BsonH2Backend(new MVStore.Builder().open(), null);
    }

    static BsonH2Backend inFile(String fileName) {
        MVStore store = new MVStore.Builder().fileName(fileName)
            .cacheSize(CACHE_MB)
            .pageSplitSize(PAGE_SPLIT_BYTES)
            .open();
        Map<String, String> format = store.openMap(FORMAT_MAP);
        boolean hasData = store.getMapNames().stream().anyMatch(name -> name.startsWith("databases."));
        if (hasData && !FORMAT.equals(format.get("documents"))) {
            store.close();
            throw new IllegalStateException("The MongoDB data file " + fileName + " was written by an earlier "
                    + "version of the embedded server (Java-serialized documents); delete it or choose another data dir");
        }
        format.put("documents", FORMAT);
        store.commit();
        return new BsonH2Backend(store, new GroupCommit(store));
    }

    OperationCounts counts() {
        if (counts == null) {
            counts = new OperationCounts();
        }
        return counts;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IdFirstH2Database.open(databaseName, getMvStore(), getCursorRegistry(), counts());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (MongoServerCommands.isHello(command)) {
            return MongoServerCommands
                .asHelloAnswer(super.handleCommand(channel, databaseName, MongoServerCommands.IS_MASTER, query));
        }
        Document count = CountDocumentsCommand.asCount(command, query);
        Document answer = count == null ? super.handleCommand(channel, databaseName, command, query)
                : CountDocumentsCommand.asAggregateAnswer(databaseName, query,
                        super.handleCommand(channel, databaseName, CountDocumentsCommand.COUNT, count));
        counts().count(command, query, answer);
        if (groupCommit != null && MongoServerCommands.writes(command)) {
            groupCommit.awaitDurable();
        }
        return answer;
    }

}
