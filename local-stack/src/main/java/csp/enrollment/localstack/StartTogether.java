package csp.enrollment.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts independent parts of the stack at the same time and waits for all of them. The
 * first failure is thrown once every start has ended, so the caller can close whatever
 * did start.
 */
final class StartTogether {

    private StartTogether() {
    }

    static void run(List<Runnable> starts) {
        var number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(starts.size(),
                task -> new Thread(task, "stack-start-" + number.incrementAndGet()));
        try {
            List<Future<?>> started = new ArrayList<>();
            starts.forEach(start -> started.add(pool.submit(start)));
            RuntimeException failure = null;
            for (Future<?> future : started) {
                try {
                    future.get();
                }
                catch (ExecutionException ex) {
                    if (failure == null) {
                        failure = ex.getCause() instanceof RuntimeException runtime ? runtime
                                : new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
                    }
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while the stack was starting", ex);
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
        finally {
            pool.shutdown();
        }
    }

}
