package csp.enrollment.messaging.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which dead letters were replayed, in the service's own database (collection
 * {@value #COLLECTION}), so every instance and a restarted one answer a second replay
 * with 409. A replay is claimed before it is published: two operators replaying at once
 * publish once.
 */
final class DeadLetterReplays {

    static final String COLLECTION = "deadLetterReplays";

    enum State {

        /** Claimed, being published. */
        REPLAYING,
        /** Published to the original topic. */
        REPLAYED

    }

    /** One replay; {@code id} is the original record's {@link RecordLocation#id()}. */
    record Replay(@Id String id, State state, String by, Instant startedAt, Instant replayedAt) {
    }

    private final MongoOperations mongo;

    private final Clock clock;

    private final Duration staleAfter;

    DeadLetterReplays(MongoOperations mongo, Clock clock, Duration staleAfter) {
        this.mongo = mongo;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /**
     * Claims the replay of {@code original} for {@code by}; empty when it was replayed or
     * is being replayed. A claim older than the stale-replay setting (its instance died
     * while publishing) is taken over.
     */
    Optional<Replay> claim(RecordLocation original, String by) {
        Instant now = now();
        var replay = new Replay(original.id(), State.REPLAYING, by, now, null);
        try {
            mongo.insert(replay, COLLECTION);
            return Optional.of(replay);
        }
        catch (DuplicateKeyException replayedBefore) {
            Query abandoned = Query.query(Criteria.where("_id")
                .is(original.id())
                .and("state")
                .is(State.REPLAYING)
                .and("startedAt")
                .lt(now.minus(staleAfter)));
            Replay taken = mongo.findAndModify(abandoned, new Update().set("by", by).set("startedAt", now),
                    FindAndModifyOptions.options().returnNew(true), Replay.class, COLLECTION);
            return Optional.ofNullable(taken);
        }
    }

    /** The claimed replay was published. */
    Replay replayed(Replay claimed) {
        Instant now = now();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.id())),
                new Update().set("state", State.REPLAYED).set("replayedAt", now), COLLECTION);
        return new Replay(claimed.id(), State.REPLAYED, claimed.by(), claimed.startedAt(), now);
    }

    /** Publishing failed: the dead letter may be replayed again at once. */
    void release(Replay claimed) {
        mongo.remove(Query.query(Criteria.where("_id")
            .is(claimed.id())
            .and("state")
            .is(State.REPLAYING)
            .and("startedAt")
            .is(claimed.startedAt())), COLLECTION);
    }

    /**
     * Milliseconds, as the database stores an instant: a claim is found again by its
     * start.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    Optional<Replay> of(RecordLocation original) {
        return Optional.ofNullable(mongo.findById(original.id(), Replay.class, COLLECTION));
    }

    /** The replays of these dead letters, by their original record's location id. */
    Map<String, Replay> of(Collection<RecordLocation> originals) {
        if (originals.isEmpty()) {
            return Map.of();
        }
        List<String> ids = originals.stream().map(RecordLocation::id).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Replay.class, COLLECTION)
            .stream()
            .collect(Collectors.toMap(Replay::id, Function.identity()));
    }

}
