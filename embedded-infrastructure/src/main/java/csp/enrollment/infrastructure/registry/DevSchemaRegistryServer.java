package csp.enrollment.infrastructure.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import csp.enrollment.serde.SchemaRegistryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A development schema registry answering Confluent Schema Registry's REST API as
 * Confluent 7.x does, for Avro: subjects and versions, schemas by id, compatibility
 * checks and levels, soft and permanent deletes, mode (always READWRITE). With a
 * directory, every change is kept in an append-only log and replayed on start, so ids,
 * deletes and levels survive a restart or a kill.
 */
public final class DevSchemaRegistryServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevSchemaRegistryServer.class);

    private static final int THREADS = 4;

    private final HttpServer server;

    private final ExecutorService executor;

    private final SchemaStore store;

    private DevSchemaRegistryServer(int port, Path directory) {
        ObjectMapper json = new ObjectMapper();
        if (directory == null) {
            store = new SchemaStore(change -> {
            });
        }
        else {
            SchemaLog schemaLog = new SchemaLog(directory, json);
            store = new SchemaStore(schemaLog::append);
            int replayed = schemaLog.replay(store::apply);
            log.info("Schema registry replayed {} change(s) from {}", replayed, directory);
        }
        Routes routes = new Routes();
        new SubjectResource(store, json).addTo(routes);
        new SchemaResource(store, json).addTo(routes);
        new ConfigResource(store, json).addTo(routes);
        new CompatibilityResource(store, json).addTo(routes);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot bind the schema registry to port " + port, e);
        }
        executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", new RegistryHttpHandler(routes, json));
        server.start();
        log.info("Development schema registry up at {}", url());
    }

    /** In memory only; port 0 picks a free port. */
    public static DevSchemaRegistryServer start(int port) {
        return new DevSchemaRegistryServer(port, null);
    }

    /**
     * Keeps every change in {@code directory} and replays it; port 0 picks a free port.
     */
    public static DevSchemaRegistryServer start(int port, Path directory) {
        return new DevSchemaRegistryServer(port, directory);
    }

    /**
     * Registers each schema under its subject, as a producer's serializer would (a schema
     * already there keeps its id and version), so producers that only use the latest
     * registered version, as non-Java upstream systems do, find every subject on a fresh
     * stack. Returns the ids by subject; an incompatible schema fails the whole call,
     * naming the subject.
     */
    public Map<String, Integer> registerAll(Map<String, Schema> schemasBySubject) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        schemasBySubject.forEach((subject, schema) -> {
            try {
                ids.put(subject, store.register(subject, schema).id());
            }
            catch (SchemaRegistryException e) {
                throw new IllegalStateException("Cannot register the contract's schema under " + subject
                        + " in the development registry (delete its data dir to start afresh): " + e.getMessage(), e);
            }
        });
        log.info("Schema registry holds the contract's schemas under {} subjects", ids.size());
        return ids;
    }

    /**
     * For example {@code http://localhost:8081}, the value of
     * {@code schema.registry.url}.
     */
    public String url() {
        return "http://localhost:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        log.info("Development schema registry at {} stopped", url());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "schema-registry-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

}
