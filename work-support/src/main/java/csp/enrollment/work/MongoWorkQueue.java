package csp.enrollment.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
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
 * The {@link WorkQueue} on MongoDB: tickets in {@link Tickets}, one {@link WorkLane} per
 * handler, and a sweep every {@code pipeline.work.sweep-interval} that hands out what is
 * due (retries, timers, and work whose holder died). Keeps no work in memory that is not
 * also in a ticket.
 */
final class MongoWorkQueue implements WorkQueue, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MongoWorkQueue.class);

    /**
     * Work due further away than this waits among the {@link Timers}, closer as a ticket.
     */
    private static final Duration TIMER_THRESHOLD = Duration.ofMinutes(2);

    private final Tickets tickets;

    private final WorkTrace trace;

    private final Timers timers;

    private final WorkSettings settings;

    private final Clock clock;

    private final Map<WorkKind, WorkLane> lanes;

    private final int threads;

    private final AtomicInteger threadNumber = new AtomicInteger();

    /**
     * Made on every start: a stopped queue can be started again (Spring pauses idle test
     * contexts so).
     */
    private volatile ExecutorService executor;

    private ThreadPoolTaskScheduler scheduler;

    private ScheduledFuture<?> sweep;

    MongoWorkQueue(Tickets tickets, Timers timers, List<WorkHandler> handlers, WorkSettings settings, Clock clock) {
        this(tickets, timers, handlers, settings, clock, WorkMetrics.NONE, WorkTrace.NONE);
    }

    MongoWorkQueue(Tickets tickets, Timers timers, List<WorkHandler> handlers, WorkSettings settings, Clock clock,
            WorkMetrics metrics, WorkTrace trace) {
        this.trace = trace;
        this.tickets = tickets;
        this.timers = timers;
        this.settings = settings;
        this.clock = clock;
        this.threads = Math.max(1, handlers.size() * settings.threads());
        Executor current = task -> {
            ExecutorService running = executor;
            if (running == null) {
                throw new RejectedExecutionException("the work queue is stopped");
            }
            running.execute(task);
        };
        this.lanes = handlers.stream()
            .collect(Collectors.toUnmodifiableMap(WorkHandler::kind,
                    handler -> new WorkLane(handler, tickets, settings, current, clock, metrics), (a, b) -> {
                        throw new IllegalStateException("Two handlers for the work kind " + a.kind());
                    }));
    }

    @Override
    public Reservation reserve(WorkKind kind, Collection<String> refs) {
        lane(kind);
        Instant now = clock.instant();
        List<String> distinct = List.copyOf(new LinkedHashSet<>(refs));
        if (distinct.isEmpty()) {
            return new Reservation(kind, List.of());
        }
        return new Reservation(kind, tickets.insertLeased(kind, distinct, now, now.plus(settings.leaseOf(kind)),
                trace.currentTraceparent()));
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

    /** The kinds this queue has handlers for. */
    java.util.Set<WorkKind> kinds() {
        return lanes.keySet();
    }

    /**
     * Hands out due tickets of every kind; what a lane still has queued limits what it
     * claims.
     */
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
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        tickets.createIndexes();
        // items queued at the last stop or offered since keep their leased tickets: the
        // sweep hands them out
        // again when the lease ends, so working the stale leases too would do them twice
        lanes.values().forEach(WorkLane::forgetQueued);
        executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
            Thread thread = new Thread(work, "work-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("work-sweep-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        sweep = scheduler.scheduleWithFixedDelay(this::sweep, settings.sweepInterval());
    }

    @Override
    public synchronized void stop() {
        if (!isRunning()) {
            return;
        }
        sweep.cancel(false);
        sweep = null;
        scheduler.shutdown();
        ExecutorService stopping = executor;
        executor = null;
        stopping.shutdown();
        try {
            // let batches in progress record their outcome
            stopping.awaitTermination(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return sweep != null;
    }

    /** Stops after the Kafka listeners and the web server, which may still start work. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

}
