package csp.enrollment.intake.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The part the flaky publishers share: refuses the next publishes of chosen items as if
 * the broker were unreachable, and hands everything else to the real publisher.
 *
 * @param <T> what a publisher sends
 */
final class SimulatedBrokerOutage<T> {

    private final AtomicInteger refusalsLeft = new AtomicInteger();

    private final AtomicInteger refused = new AtomicInteger();

    private final AtomicReference<Predicate<T>> refusing = new AtomicReference<>(item -> false);

    void refuse(int times, Predicate<T> which) {
        refused.set(0);
        refusalsLeft.set(times);
        refusing.set(which);
    }

    int refused() {
        return refused.get();
    }

    /**
     * The failures by id: the refused items' and what the real publisher reports for the
     * others.
     */
    Map<String, String> publish(List<T> items, Function<T, String> idOf, Function<List<T>, Map<String, String>> real) {
        Map<String, String> failures = new LinkedHashMap<>();
        List<T> passed = new ArrayList<>();
        for (T item : items) {
            if (refusing.get().test(item) && refusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                refused.incrementAndGet();
                failures.put(idOf.apply(item), "Simulated: broker unreachable");
            }
            else {
                passed.add(item);
            }
        }
        failures.putAll(real.apply(passed));
        return failures;
    }

}
