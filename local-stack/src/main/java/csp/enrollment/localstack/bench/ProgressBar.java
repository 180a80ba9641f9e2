package csp.enrollment.localstack.bench;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Progress of a phase: on a terminal one line redrawn twice a second; in a log (no
 * console) a plain line every five seconds, so a CI log does not fill with carriage
 * returns.
 */
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

    private final boolean terminal = System.console() != null;

    private final long begin = System.nanoTime();

    ProgressBar(PrintStream out, String phase, int total, IntSupplier submitted, IntSupplier done) {
        this.out = out;
        this.phase = phase;
        this.total = total;
        this.submitted = submitted;
        this.done = done;
        scheduler.scheduleAtFixedRate(this::draw, terminal ? 0 : 5000, terminal ? 500 : 5000, TimeUnit.MILLISECONDS);
    }

    private void draw() {
        int complete = Math.min(done.getAsInt(), total);
        double seconds = (System.nanoTime() - begin) / 1e9;
        if (terminal) {
            int filled = (int) ((long) complete * WIDTH / Math.max(total, 1));
            out.printf("\r%-11s [%s%s] %7d/%d complete, %7d submitted, %6.1f s", phase, "#".repeat(filled),
                    ".".repeat(WIDTH - filled), complete, total, submitted.getAsInt(), seconds);
        }
        else {
            out.printf("%-11s %7d/%d complete, %7d submitted, %6.1f s%n", phase, complete, total, submitted.getAsInt(),
                    seconds);
        }
        out.flush();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        draw();
        if (terminal) {
            out.println();
        }
    }

}
