package csp.enrollment.localstack.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples this JVM's heap and resident set size; the stack and the benchmark share the
 * process.
 */
final class ResourceSampler implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "benchmark-resources");
        thread.setDaemon(true);
        return thread;
    });

    private volatile long peakHeapBytes;

    ResourceSampler() {
        scheduler.scheduleAtFixedRate(this::sample, 0, 200, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakHeapBytes = Math.max(peakHeapBytes, heap);
    }

    long peakHeapMb() {
        return peakHeapBytes / (1024 * 1024);
    }

    /**
     * The kernel's high-water mark of the resident set (VmHWM), or -1 where /proc is
     * missing.
     */
    long peakRssMb() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        }
        catch (IOException | NumberFormatException ex) {
            // not Linux: no figure
        }
        return -1;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

}
