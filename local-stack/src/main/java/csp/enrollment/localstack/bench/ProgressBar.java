package csp.enrollment.localstack.bench;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** A one-line progress bar, redrawn twice a second while a phase runs. */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 40;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "benchmark-progress");
        thread.setDaemon(true);
        return thread;
    });
    private final PrintStream out;
    private final String phase;
    private final int total;
    private final IntSupplier submitted;
    private final IntSupplier done;
    private final long begin = System.nanoTime();

    ProgressBar(PrintStream out, String phase, int total, IntSupplier submitted, IntSupplier done) {
        this.out = out;
        this.phase = phase;
        this.total = total;
        this.submitted = submitted;
        this.done = done;
        scheduler.scheduleAtFixedRate(this::draw, 0, 500, TimeUnit.MILLISECONDS);
    }

    private void draw() {
        int complete = Math.min(done.getAsInt(), total);
        int filled = (int) ((long) complete * WIDTH / Math.max(total, 1));
        double seconds = (System.nanoTime() - begin) / 1e9;
        out.printf("\r%-11s [%s%s] %6d/%d complete, %6d submitted, %6.1f s", phase, "#".repeat(filled),
                ".".repeat(WIDTH - filled), complete, total, submitted.getAsInt(), seconds);
        out.flush();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        draw();
        out.println();
    }
}
