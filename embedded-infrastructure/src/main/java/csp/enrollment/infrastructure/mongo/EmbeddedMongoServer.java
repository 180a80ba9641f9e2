package csp.enrollment.infrastructure.mongo;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server speaking the MongoDB wire protocol (mongo-java-server), in memory or backed by
 * an H2 file that keeps the data across restarts, even after the process was killed. It
 * has no multi-document transactions: the services rely on single-document atomicity
 * only.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;

    private final InetSocketAddress address;

    private final OperationCounts counts;

    /**
     * Threads that run commands. A durable write holds its thread until its group commit
     * is done, so more threads let more writes share one commit; the default (2 per core)
     * would cap that at 4.
     */
    private static final int WORKER_THREADS = 32;

    private EmbeddedMongoServer(BsonH2Backend backend, int port, String description) {
        this.server = new MongoServer(backend);
        this.counts = backend.counts();
        server.bind(new InetSocketAddress("localhost", port), 1, WORKER_THREADS);
        this.address = server.getLocalAddress();
        log.info("MongoDB wire-protocol server ({}) up at {}", description, connectionString());
    }

    /** Data lives in memory and is gone on close; port 0 picks a free port. */
    public static EmbeddedMongoServer inMemory(int port) {
        return new EmbeddedMongoServer(BsonH2Backend.inHeap(), port, "in memory");
    }

    /**
     * Data lives in an H2 MVStore file, committed per write, and survives restarts and
     * kills; port 0 picks a free port.
     */
    public static EmbeddedMongoServer h2File(int port, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EmbeddedMongoServer(BsonH2Backend.inFile(file.toAbsolutePath().toString()), port, "H2 file " + file);
    }

    /** Documents written and read since the server started. */
    public OperationCounts operations() {
        return counts;
    }

    public int port() {
        return address.getPort();
    }

    /**
     * For example {@code mongodb://localhost:27017}; the database name is left to each
     * service.
     */
    public String connectionString() {
        return "mongodb://localhost:" + port();
    }

    /** Stops listening and closes the backend, which writes an H2 file to disk. */
    @Override
    public void close() {
        server.shutdown();
        log.info("MongoDB wire-protocol server at {} stopped", connectionString());
    }

}
