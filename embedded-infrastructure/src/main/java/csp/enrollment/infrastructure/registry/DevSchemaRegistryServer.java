package csp.enrollment.infrastructure.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import csp.enrollment.serde.InMemorySchemaRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A development schema registry serving the subset of Confluent's Schema Registry REST API that
 * the serde and Confluent-compatible tools use. With a directory, every registration is kept in
 * a JSON-lines file and restored on start, so ids stay the same across restarts.
 */
public final class DevSchemaRegistryServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevSchemaRegistryServer.class);
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;
    private final InMemorySchemaRegistry registry;

    private DevSchemaRegistryServer(int port, Path directory) {
        ObjectMapper json = new ObjectMapper();
        if (directory == null) {
            registry = new InMemorySchemaRegistry();
        } else {
            SchemaLog schemaLog = new SchemaLog(directory, json);
            registry = new InMemorySchemaRegistry(schemaLog::append);
            int restored = schemaLog.restoreInto(registry);
            log.info("Schema registry restored {} registration(s) from {}", restored, directory);
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind the schema registry to port " + port, e);
        }
        executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", new RegistryHttpHandler(registry, json));
        server.start();
        log.info("Development schema registry up at {}", url());
    }

    /** In memory only; port 0 picks a free port. */
    public static DevSchemaRegistryServer start(int port) {
        return new DevSchemaRegistryServer(port, null);
    }

    /** Keeps registrations in {@code directory} and restores them; port 0 picks a free port. */
    public static DevSchemaRegistryServer start(int port, Path directory) {
        return new DevSchemaRegistryServer(port, directory);
    }

    /** For example {@code http://localhost:8081}, the value of {@code schema.registry.url}. */
    public String url() {
        return "http://localhost:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The registry behind the HTTP API, for in-process checks. */
    public InMemorySchemaRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        log.info("Development schema registry at {} stopped", url());
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "schema-registry-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
