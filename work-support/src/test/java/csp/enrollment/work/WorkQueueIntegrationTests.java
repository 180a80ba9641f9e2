package csp.enrollment.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import csp.enrollment.infrastructure.mongo.EmbeddedMongoServer;

class WorkQueueIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static EmbeddedMongoServer server;

    private static MongoClient client;

    private final List<MongoWorkQueue> queues = new ArrayList<>();

    private MongoTemplate mongo;

    @BeforeAll
    static void startMongo() {
        server = EmbeddedMongoServer.inMemory(0);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.close();
    }

    @BeforeEach
    void freshDatabase() {
        mongo = new MongoTemplate(client, "work-" + UUID.randomUUID());
    }

    @AfterEach
    void stopQueues() {
        queues.forEach(MongoWorkQueue::stop);
    }

    @Test
    void reservedWorkIsDoneAtOnceAndLeavesNoTicket() {
        var handler = new RecordingHandler("send-email");
        var work = started(settings(Duration.ofMinutes(1)), handler);

        var reservation = work.reserve(handler.kind(), List.of("m-1", "m-2"));
        work.start(reservation);

        await().atMost(WAIT).until(() -> handler.received.size() == 2);
        await().atMost(WAIT).until(() -> work.pending(handler.kind()) == 0);
        assertThat(reservation.refs()).containsExactly("m-1", "m-2");
        assertThat(handler.received).allSatisfy(item -> assertThat(item.failedAttempts()).isZero());
    }

    @Test
    void aRefThatHasATicketAlreadyIsNotReservedAgain() {
        var handler = new RecordingHandler("publish-submitted");
        var work = started(settings(Duration.ofMinutes(1)), handler);

        var first = work.reserve(handler.kind(), List.of("e-1"));
        var again = work.reserve(handler.kind(), List.of("e-1", "e-2"));

        assertThat(first.refs()).containsExactly("e-1");
        assertThat(again.refs()).containsExactly("e-2");
        assertThat(work.pending(handler.kind())).isEqualTo(2);
    }

    @Test
    void failedWorkIsTriedAgainAfterTheBackOffUntilItIsDone() {
        var handler = new RecordingHandler("send-email").answering(
                item -> item.failedAttempts() < 2 ? RecordingHandler.Answer.RETRY : RecordingHandler.Answer.DONE);
        var work = started(settings(Duration.ofMinutes(1)), handler);

        work.start(work.reserve(handler.kind(), List.of("m-1")));

        await().atMost(WAIT).until(() -> work.pending(handler.kind()) == 0);
        assertThat(handler.received).extracting(PendingWork::failedAttempts).containsExactly(0, 1, 2);
        assertThat(handler.received.get(2).lastError()).isEqualTo("server away (attempt 2)");
    }

    @Test
    void aHandlerThatThrowsHasTheWholeBatchTriedAgain() {
        var handler = new RecordingHandler("ask-bureau").answering(
                item -> item.failedAttempts() == 0 ? RecordingHandler.Answer.THROW : RecordingHandler.Answer.DONE);
        var work = started(settings(Duration.ofMinutes(1)), handler);

        work.start(work.reserve(handler.kind(), List.of("c-1", "c-2")));

        await().atMost(WAIT).until(() -> work.pending(handler.kind()) == 0);
        assertThat(handler.timesWorked("c-1")).isEqualTo(2);
        assertThat(handler.timesWorked("c-2")).isEqualTo(1);
    }

    @Test
    void workLeftBehindByACrashedInstanceIsRecoveredOnceItsLeaseRanOut() {
        var crashed = new RecordingHandler("send-email");
        var crashedQueue = started(settings(Duration.ofMillis(800)), crashed);
        crashedQueue.reserve(crashed.kind(), List.of("m-1")); // reserved and stored, then
                                                              // the instance died
        crashedQueue.stop();

        var survivor = new RecordingHandler("send-email");
        started(settings(Duration.ofMillis(800)), survivor);

        await().atMost(WAIT).until(() -> survivor.timesWorked("m-1") == 1);
        assertThat(crashed.received).isEmpty();
    }

    @Test
    void workCarriesTheTraceItWasReservedInToItsHandlerAlsoAfterACrash() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        WorkTrace inTrace = () -> traceparent;
        var handler = new RecordingHandler("publish-outcome");
        var work = tracing(settings(Duration.ofMinutes(1)), inTrace, handler);
        work.start(work.reserve(handler.kind(), List.of("case-1")));
        await().atMost(WAIT).until(() -> handler.timesWorked("case-1") == 1);
        work.stop(); // else its sweep could take over the crashed instance's work before
                     // the survivor does

        var crashed = new RecordingHandler("publish-outcome");
        var crashedQueue = tracing(settings(Duration.ofMillis(800)), inTrace, crashed);
        crashedQueue.reserve(crashed.kind(), List.of("case-2")); // stored in the trace,
                                                                 // then the instance died
        crashedQueue.stop();
        var survivor = new RecordingHandler("publish-outcome");
        tracing(settings(Duration.ofMillis(800)), WorkTrace.NONE, survivor);
        await().atMost(WAIT).until(() -> survivor.timesWorked("case-2") == 1);

        assertThat(handler.received).singleElement().extracting(PendingWork::traceparent).isEqualTo(traceparent);
        assertThat(survivor.received).filteredOn(item -> item.ref().equals("case-2"))
            .first()
            .extracting(PendingWork::traceparent)
            .isEqualTo(traceparent);
    }

    @Test
    void aQueueStoppedAndStartedAgainWorksAsBefore() {
        var handler = new RecordingHandler("send-email");
        var work = started(settings(Duration.ofMillis(800)), handler);
        work.stop();
        work.reserve(handler.kind(), List.of("m-while-stopped"));
        work.start(work.reserve(handler.kind(), List.of("m-offered-while-stopped")));

        work.start();
        work.start(work.reserve(handler.kind(), List.of("m-after-restart")));

        await().atMost(WAIT).until(() -> work.pending(handler.kind()) == 0);
        assertThat(List.of("m-while-stopped", "m-offered-while-stopped", "m-after-restart"))
            .allSatisfy(ref -> assertThat(handler.timesWorked(ref)).as(ref).isEqualTo(1));
    }

    @Test
    void scheduledWorkIsDoneWhenDueAndNotBefore() {
        var handler = new RecordingHandler("send-reminder");
        var work = started(settings(Duration.ofMinutes(1)), handler);
        Instant soon = Instant.now().plusMillis(700);

        work.schedule(handler.kind(), Map.of("e-1", soon, "e-2", Instant.now().plus(Duration.ofDays(7))));

        await().atMost(WAIT).until(() -> handler.timesWorked("e-1") == 1);
        assertThat(Instant.now()).isAfterOrEqualTo(soon);
        assertThat(handler.received).extracting(PendingWork::ref).containsExactly("e-1");
        assertThat(mongo.findAll(Document.class, Timers.COLLECTION)).extracting(d -> d.getString("_id"))
            .anySatisfy(id -> assertThat(id).startsWith("send-reminder@"));
    }

    @Test
    void timersFarAwayAreHandedOverWhenTheirMinuteHasComeAndOnlyThen() {
        var handler = new RecordingHandler("send-reminder");
        var clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        var work = started(settings(Duration.ofMinutes(1)), clock, handler);
        work.schedule(handler.kind(),
                Map.of("e-1", Instant.parse("2026-12-08T10:00:30Z"), "e-2", Instant.parse("2026-12-08T10:05:00Z")));

        clock.set(Instant.parse("2026-12-08T10:00:45Z"));

        await().atMost(WAIT).until(() -> handler.timesWorked("e-1") == 1);
        assertThat(handler.timesWorked("e-2")).isZero();
        clock.set(Instant.parse("2026-12-08T10:05:01Z"));
        await().atMost(WAIT).until(() -> handler.timesWorked("e-2") == 1);
        await().atMost(WAIT)
            .until(() -> mongo.findAll(Document.class, Timers.COLLECTION)
                .stream()
                .noneMatch(d -> d.containsKey("refs")));
    }

    @Test
    void twoInstancesShareDueWorkAndDoEachItemOnce() {
        var first = new RecordingHandler("send-email");
        var second = new RecordingHandler("send-email");
        // small claims (10 per sweep), so neither instance can take all 300 before the
        // other sweeps
        var smallClaims = new WorkSettings(Duration.ofMillis(100), 10, 1, Duration.ofMinutes(1),
                new WorkSettings.Retry(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1)), Map.of());
        var one = started(smallClaims, first);
        started(smallClaims, second);
        Map<String, Instant> due = new java.util.HashMap<>();
        IntStream.range(0, 300).forEach(i -> due.put("m-" + i, Instant.now()));

        one.schedule(first.kind(), due);

        await().atMost(WAIT).until(() -> one.pending(first.kind()) == 0);
        for (String ref : due.keySet()) {
            assertThat(first.timesWorked(ref) + second.timesWorked(ref)).as(ref).isEqualTo(1);
        }
        assertThat(first.received).isNotEmpty();
        assertThat(second.received).isNotEmpty();
    }

    @Test
    void itemsStartedTogetherAreWorkedInBatches() {
        var handler = new RecordingHandler("publish-outcome");
        var work = started(new WorkSettings(Duration.ofMillis(200), 50, 1, Duration.ofMinutes(1),
                new WorkSettings.Retry(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1)), Map.of()), handler);
        List<String> refs = IntStream.range(0, 200).mapToObj(i -> "e-" + i).toList();

        work.start(work.reserve(handler.kind(), refs));

        await().atMost(WAIT).until(() -> handler.received.size() == 200);
        assertThat(handler.batchSizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(50));
        assertThat(handler.batchSizes.size()).isLessThanOrEqualTo(8);
    }

    @Test
    void theTicketCollectionHoldsOnlyUnfinishedWork() {
        var handler = new RecordingHandler("send-email").answering(
                item -> item.ref().equals("m-stuck") ? RecordingHandler.Answer.RETRY : RecordingHandler.Answer.DONE);
        var work = started(settings(Duration.ofMinutes(1)), handler);

        work.start(work.reserve(handler.kind(), List.of("m-1", "m-2", "m-stuck")));

        await().atMost(WAIT).until(() -> handler.timesWorked("m-stuck") >= 2);
        List<Document> tickets = mongo.findAll(Document.class, Tickets.COLLECTION);
        assertThat(tickets).extracting(ticket -> ticket.getString("ref")).containsExactly("m-stuck");
        assertThat(tickets.get(0).getInteger("attempts")).isGreaterThanOrEqualTo(1);
        assertThat(tickets.get(0).getString("lastError")).startsWith("server away");
    }

    @Test
    void refusesWorkOfAKindWithoutHandler() {
        var work = started(settings(Duration.ofMinutes(1)), new RecordingHandler("send-email"));

        assertThatThrownBy(() -> work.reserve(new WorkKind("unknown-work"), List.of("x")))
            .hasMessageContaining("No handler for the work kind unknown-work");
    }

    @Test
    void doneAndRetriedItemsAreCountedByKind() {
        var meters = new SimpleMeterRegistry();
        var handler = new RecordingHandler("send-email").answering(
                item -> item.failedAttempts() < 2 ? RecordingHandler.Answer.RETRY : RecordingHandler.Answer.DONE);
        var work = new MongoWorkQueue(new Tickets(mongo), new Timers(mongo), List.of(handler),
                settings(Duration.ofMinutes(1)), Clock.systemUTC(), WorkMetrics.counting(meters), WorkTrace.NONE);
        work.start();
        queues.add(work);

        work.start(work.reserve(handler.kind(), List.of("m-1")));

        await().atMost(WAIT)
            .untilAsserted(
                    () -> assertThat(meters.find(WorkMetrics.COMPLETED).tag("kind", "send-email").counter()).isNotNull()
                        .extracting(Counter::count)
                        .isEqualTo(1.0));
        assertThat(meters.get(WorkMetrics.RETRIED).tag("kind", "send-email").counter().count()).isEqualTo(2.0);
    }

    @Test
    void thePendingGaugeCountsTicketsAtMostOncePerCacheTime() {
        var meters = new SimpleMeterRegistry();
        var nanoTime = new java.util.concurrent.atomic.AtomicLong();
        var handler = new RecordingHandler("publish-submitted");
        var work = started(settings(Duration.ofMinutes(1)), handler);
        WorkMetrics.registerPending(meters, work.kinds(), work::pending, nanoTime::get);
        var gauge = meters.get(WorkMetrics.PENDING).tag("kind", "publish-submitted").gauge();

        assertThat(gauge.value()).isZero();
        work.reserve(handler.kind(), List.of("e-1", "e-2"));
        assertThat(gauge.value()).as("still the cached reading").isZero();

        nanoTime.addAndGet(WorkMetrics.PENDING_CACHE.toNanos());
        assertThat(gauge.value()).isEqualTo(2.0);
    }

    private MongoWorkQueue started(WorkSettings settings, WorkHandler... handlers) {
        return started(settings, Clock.systemUTC(), handlers);
    }

    private MongoWorkQueue started(WorkSettings settings, Clock clock, WorkHandler... handlers) {
        var queue = new MongoWorkQueue(new Tickets(mongo), new Timers(mongo), List.of(handlers), settings, clock);
        queue.start();
        queues.add(queue);
        return queue;
    }

    private MongoWorkQueue tracing(WorkSettings settings, WorkTrace trace, WorkHandler... handlers) {
        var queue = new MongoWorkQueue(new Tickets(mongo), new Timers(mongo), List.of(handlers), settings,
                Clock.systemUTC(), WorkMetrics.NONE, trace);
        queue.start();
        queues.add(queue);
        return queue;
    }

    private static WorkSettings settings(Duration lease) {
        return new WorkSettings(Duration.ofMillis(100), 100, 2, lease,
                new WorkSettings.Retry(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1)), Map.of());
    }

}
