package csp.enrollment.localstack.faults;

import csp.enrollment.localstack.PipelineClient;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Submits applications as a careful upstream client does: each with its own
 * Idempotency-Key, at a steady rate, and retried with the same key (connection refused,
 * timeout, 5xx) until the service answers 202 or 200. So an application whose answer was
 * lost in a crash is sent again and must come back as the same enrollment, never as a
 * second one.
 */
final class Submitter implements AutoCloseable {

    private static final int THREADS = 8;

    private static final Duration FIRST_RETRY = Duration.ofMillis(200);

    private static final Duration LONGEST_RETRY = Duration.ofSeconds(2);

    private final PipelineClient http;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "fault-submitter");
        thread.setDaemon(true);
        return thread;
    });

    private final Map<PlannedApplication, String> enrollmentIds = new ConcurrentHashMap<>();

    private final AtomicInteger accepted = new AtomicInteger();

    private final AtomicInteger repeated = new AtomicInteger();

    private final AtomicInteger retries = new AtomicInteger();

    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    private volatile long giveUpAt = Long.MAX_VALUE;

    Submitter(PipelineClient http) {
        this.http = http;
    }

    /**
     * Starts submitting {@code applications} at {@code ratePerSecond}; returns at once.
     * Each one is retried until acknowledged or {@code patience} after it was due.
     */
    void start(List<PlannedApplication> applications, double ratePerSecond, Duration patience) {
        long begin = System.nanoTime();
        giveUpAt = begin + (long) (applications.size() / ratePerSecond * 1e9) + patience.toNanos();
        for (PlannedApplication application : applications) {
            long due = begin + (long) (application.sequence() / ratePerSecond * 1e9);
            pool.execute(() -> submit(application, due));
        }
    }

    /**
     * Waits until every application was acknowledged or given up on; true if all were
     * acknowledged.
     */
    boolean awaitAll(int expected, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (acknowledged() + refused.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return acknowledged() == expected;
    }

    /**
     * Waits until at least {@code count} applications were acknowledged (or
     * {@code patience} passed).
     */
    void awaitAcknowledged(int count, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (acknowledged() < count && refused.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    int acknowledged() {
        return enrollmentIds.size();
    }

    /** 202: a new enrollment. */
    int accepted() {
        return accepted.get();
    }

    /**
     * 200: the same key and body again, the enrollment accepted before (an answer lost in
     * a crash).
     */
    int repeated() {
        return repeated.get();
    }

    int retries() {
        return retries.get();
    }

    /** Applications answered with a 4xx, or never acknowledged: each with why. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    Map<PlannedApplication, String> enrollmentIds() {
        return Map.copyOf(enrollmentIds);
    }

    private void submit(PlannedApplication application, long due) {
        try {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Duration backOff = FIRST_RETRY;
            String problem = "not sent";
            while (System.nanoTime() < giveUpAt) {
                try {
                    var answer = http.submit(application.body(), application.idempotencyKey());
                    if (answer.status() == 202 || answer.status() == 200) {
                        (answer.status() == 202 ? accepted : repeated).incrementAndGet();
                        enrollmentIds.put(application, answer.body().path("enrollmentId").asString());
                        return;
                    }
                    if (answer.status() < 500) {
                        refused.add(application + ": HTTP " + answer.status() + " " + answer.body());
                        return;
                    }
                    problem = "HTTP " + answer.status();
                }
                catch (IOException ex) {
                    problem = ex.getClass().getSimpleName();
                }
                retries.incrementAndGet();
                Thread.sleep(backOff.toMillis());
                backOff = backOff.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY
                        : backOff.multipliedBy(2);
            }
            refused.add(application + ": never acknowledged, last " + problem);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

}
