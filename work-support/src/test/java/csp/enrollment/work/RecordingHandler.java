package csp.enrollment.work;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A handler for the tests: records every item it was given and answers as told. */
final class RecordingHandler implements WorkHandler {

    final List<PendingWork> received = new CopyOnWriteArrayList<>();

    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

    private final WorkKind kind;

    private volatile Function<PendingWork, Answer> answer = item -> Answer.DONE;

    enum Answer {

        DONE, RETRY, THROW

    }

    RecordingHandler(String kind) {
        this.kind = new WorkKind(kind);
    }

    RecordingHandler answering(Function<PendingWork, Answer> answer) {
        this.answer = answer;
        return this;
    }

    @Override
    public WorkKind kind() {
        return kind;
    }

    @Override
    public WorkResults work(List<PendingWork> items) {
        batchSizes.add(items.size());
        WorkResults results = new WorkResults();
        for (PendingWork item : items) {
            received.add(item);
            calls.computeIfAbsent(item.ref(), ref -> new AtomicInteger()).incrementAndGet();
            switch (answer.apply(item)) {
                case DONE -> results.done(item.ref());
                case RETRY ->
                    results.retryLater(item.ref(), "server away (attempt " + (item.failedAttempts() + 1) + ")");
                case THROW -> throw new IllegalStateException("the handler broke");
            }
        }
        return results;
    }

    int timesWorked(String ref) {
        AtomicInteger count = calls.get(ref);
        return count == null ? 0 : count.get();
    }

}
