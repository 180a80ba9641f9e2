package csp.enrollment.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The {@link WorkQueue} on MongoDB: tickets in {@link Tickets}, one {@link WorkLane} per handler,
 * and a sweep every {@code pipeline.work.sweep-interval} that hands out what is due (retries,
 * timers, and work whose holder died). Keeps no work in memory that is not also in a ticket.
 */
final class MongoWorkQueue implements WorkQueue, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MongoWorkQueue.class);
    /** Work due further away than this waits among the {@link Timers}, closer as a ticket. */
    private static final Duration TIMER_THRESHOLD = Duration.ofMinutes(2);

    private final Tickets tickets;
    private final Timers timers;
    private final WorkSettings settings;
    private final Clock clock;
    private final Map<WorkKind, WorkLane> lanes;
    private final ExecutorService executor;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private ScheduledFuture<?> sweep;

    MongoWorkQueue(Tickets tickets, Timers timers, List<WorkHandler> handlers, WorkSettings settings, Clock clock) {
        this.tickets = tickets;
        this.timers = timers;
        this.settings = settings;
        this.clock = clock;
        int threads = Math.max(1, handlers.size() * settings.threads());
        AtomicInteger number = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "work-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.lanes = handlers.stream().collect(Collectors.toUnmodifiableMap(WorkHandler::kind,
                handler -> new WorkLane(handler, tickets, settings, executor, clock), (a, b) -> {
                    throw new IllegalStateException("Two handlers for the work kind " + a.kind());
                }));
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("work-sweep-");
        scheduler.setDaemon(true);
    }

    @Override
    public Reservation reserve(WorkKind kind, Collection<String> refs) {
        lane(kind);
        Instant now = clock.instant();
        List<String> distinct = List.copyOf(new LinkedHashSet<>(refs));
        if (distinct.isEmpty()) {
            return new Reservation(kind, List.of());
        }
        return new Reservation(kind, tickets.insertLeased(kind, distinct, now, now.plus(settings.leaseOf(kind))));
    }

    @Override
    public void start(Reservation reservation) {
        lane(reservation.kind()).offer(reservation.leases());
    }

    @Override
    public void schedule(WorkKind kind, Map<String, Instant> dueAt) {
        lane(kind);
        Instant now = clock.instant();
        Map<String, Instant> soon = new LinkedHashMap<>();
        Map<String, Instant> later = new LinkedHashMap<>();
        dueAt.forEach((ref, at) -> (at.isAfter(now.plus(TIMER_THRESHOLD)) ? later : soon).put(ref, at));
        tickets.schedule(kind, soon, now);
        timers.schedule(kind, later);
    }

    @Override
    public long pending(WorkKind kind) {
        return tickets.count(kind);
    }

    /** Hands out due tickets of every kind; what a lane still has queued limits what it claims. */
    void sweep() {
        for (WorkLane lane : lanes.values()) {
            int room = settings.batchSize() * settings.threads() - lane.queued();
            if (room <= 0) {
                continue;
            }
            try {
                Instant now = clock.instant();
                timers.handOverDue(lane.kind(), now, tickets);
                List<Lease> due = tickets.claimDue(lane.kind(), now, now.plus(settings.leaseOf(lane.kind())), room);
                if (!due.isEmpty()) {
                    log.info("{}: {} stored item(s) due, handed to the worker", lane.kind(), due.size());
                    lane.offer(due);
                }
            }
            catch (RuntimeException storeDown) {
                log.warn("{}: sweep failed, tried again in {}: {}", lane.kind(), settings.sweepInterval(),
                        storeDown.toString());
            }
        }
    }

    private WorkLane lane(WorkKind kind) {
        WorkLane lane = lanes.get(kind);
        if (lane == null) {
            throw new IllegalArgumentException("No handler for the work kind " + kind + "; known: " + lanes.keySet());
        }
        return lane;
    }

    @Override
    public void start() {
        tickets.createIndexes();
        scheduler.initialize();
        sweep = scheduler.scheduleWithFixedDelay(this::sweep, settings.sweepInterval());
    }

    @Override
    public void stop() {
        if (sweep != null) {
            sweep.cancel(false);
            sweep = null;
        }
        scheduler.shutdown();
        executor.shutdown();
        try {
            // let batches in progress record their outcome; queued items keep their tickets for the next start
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return sweep != null;
    }

    /** Stops after the Kafka listeners and the web server, which may still start work. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
