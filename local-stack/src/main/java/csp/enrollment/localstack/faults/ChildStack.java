package csp.enrollment.localstack.faults;

import csp.enrollment.localstack.PipelineClient;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import csp.enrollment.infrastructure.FreePorts;
import csp.enrollment.localstack.LocalStack;

/**
 * The local stack as a separate process, so it can be killed with SIGKILL and started
 * again on the same data dir and ports. Launched with this JVM's own java:
 * {@code -jar local-stack.jar} when this runs from the jar, else
 * {@code -cp <this class path>} (tests, an IDE).
 */
final class ChildStack implements AutoCloseable {

    private static final List<String> PARTS = List.of("kafka", "kafka-controller", "registry", "mongodb", "smtp",
            "imap", "intake", "verification", "credit-check", "notification", "identity-provider");

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);

    private final Path dataDir;

    private final Path log;

    private final String externalSmtp;

    private final Map<String, String> systemProperties;

    private final Map<String, Integer> ports = new LinkedHashMap<>();

    private Process process;

    /**
     * @param systemProperties settings of the services (e.g. shorter leases), passed as
     * {@code -D}
     */
    ChildStack(Path dataDir, Path log, String externalSmtp, Map<String, String> systemProperties) {
        this.dataDir = dataDir;
        this.log = log;
        this.externalSmtp = externalSmtp;
        this.systemProperties = Map.copyOf(systemProperties);
        PARTS.forEach(part -> ports.put(part, FreePorts.resolve(0)));
    }

    FaultTarget target() {
        return new FaultTarget(url("intake"), url("verification"), url("credit-check"), url("notification"),
                "localhost:" + ports.get("kafka"), url("registry"), url("identity-provider"));
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Starts the process and returns once intake answers its health check. */
    Duration start() throws IOException, InterruptedException {
        long begin = System.nanoTime();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = builder.start();
        Process started = process;
        // If this JVM is stopped (Ctrl-C) the child must not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, "child-stack-reaper"));
        PipelineClient http = new PipelineClient(target().urls());
        long deadline = begin + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The child stack exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.health().status() == 200) {
                    return Duration.ofNanos(System.nanoTime() - begin);
                }
            }
            catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        kill();
        throw new IllegalStateException(
                "The child stack did not become ready within " + STARTUP_LIMIT + "; see " + log);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        catch (InterruptedException ex) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        Path jar = bootJar();
        if (jar != null) {
            command.add("-jar");
            command.add(jar.toString());
        }
        else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(LocalStack.class.getName());
        }
        command.add("--data-dir=" + dataDir);
        command.add("--external-smtp=" + externalSmtp);
        ports.forEach((part, port) -> command.add("--" + part + ".port=" + port));
        return command;
    }

    /**
     * The executable jar this class was loaded from, or null. Spring Boot's loader gives
     * classes in the jar a code source such as
     * {@code jar:nested:/path/local-stack.jar/!BOOT-INF/classes/!/}.
     */
    private static Path bootJar() {
        URL location = LocalStack.class.getProtectionDomain().getCodeSource().getLocation();
        String text = location.toString();
        if (!text.startsWith("jar:nested:")) {
            return null;
        }
        String path = text.substring("jar:nested:".length());
        int end = path.indexOf("/!");
        return Path.of(URI.create("file:" + (end < 0 ? path : path.substring(0, end))));
    }

    private String url(String part) {
        return "http://localhost:" + ports.get(part);
    }

}
