package csp.enrollment.work;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Work due later (a reminder in a week, an overdue report in five days), kept out of the
 * ticket collection so that thousands of far-away timers do not make every sweep slower:
 * documents per kind and minute in {@value #COLLECTION} ({@code _id} =
 * {@code <kind>@<epoch minute>/<shard>}, {@code refs: {<ref>: <due millis>}}), looked up
 * by {@code _id} only. A minute is spread over {@value #SHARDS} documents by the ref's
 * hash: every timer rewrites its document, and one document for a busy minute (thousands
 * of credit checks) would make each write cost more than the last. A cursor per kind
 * remembers the first minute not yet handed over; a sweep turns the minutes that have
 * come into tickets and removes them, so it costs in proportion to the timers that are
 * due.
 */
final class Timers {

    static final String COLLECTION = "scheduledWork";

    /**
     * How far back a kind without a cursor starts: timers further back than this are not
     * looked for.
     */
    private static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    /**
     * At most a day of minutes is looked at per sweep, so catching up after a long stop
     * is spread out.
     */
    private static final int MINUTES_PER_SWEEP = 1440;
    static final int SHARDS = 64;

    private final MongoTemplate mongo;

    Timers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void schedule(WorkKind kind, Map<String, Instant> dueAt) {
        if (dueAt.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, COLLECTION);
        dueAt.forEach((ref, at) -> bulk.upsert(Query.query(where("_id").is(bucket(kind, minuteOf(at), ref))),
                new Update().set("refs." + fieldName(ref), at.toEpochMilli()).setOnInsert("kind", kind.name())));
        bulk.execute();
    }

    /**
     * Hands every timer due by {@code now} to {@code tickets} as due work, then forgets
     * it. Safe with several instances: a minute handed over twice makes the same tickets,
     * which exist once. The cursor never passes the current minute, so a timer stored for
     * it later is still found.
     */
    int handOverDue(WorkKind kind, Instant now, Tickets tickets) {
        long current = minuteOf(now);
        Document cursor = mongo.findById(cursorId(kind), Document.class, COLLECTION);
        long next = cursor == null ? minuteOf(now.minus(FIRST_LOOK_BACK)) : cursor.getLong("nextMinute");
        long last = Math.min(current, next + MINUTES_PER_SWEEP - 1);
        int handedOver = 0;
        for (long minute = next; minute <= last; minute++) {
            handedOver += handOver(kind, minute, now, tickets);
        }
        long nextMinute = last == current ? current : last + 1;
        if (cursor == null || nextMinute > next) {
            mongo.upsert(Query.query(where("_id").is(cursorId(kind))), new Update().max("nextMinute", nextMinute),
                    COLLECTION);
        }
        return handedOver;
    }

    /** Every shard of the minute in one lookup by {@code _id}s. */
    private int handOver(WorkKind kind, long minute, Instant now, Tickets tickets) {
        int handedOver = 0;
        for (Document bucket : mongo.find(Query.query(where("_id").in(shardsOf(kind, minute))), Document.class,
                COLLECTION)) {
            handedOver += handOver(bucket, kind, now, tickets);
        }
        return handedOver;
    }

    private int handOver(Document bucket, WorkKind kind, Instant now, Tickets tickets) {
        Map<String, Instant> due = new LinkedHashMap<>();
        boolean later = false;
        for (Map.Entry<String, Object> timer : bucket.get("refs", Document.class).entrySet()) {
            Instant at = Instant.ofEpochMilli(((Number) timer.getValue()).longValue());
            if (at.isAfter(now)) {
                later = true;
            }
            else {
                due.put(refOf(timer.getKey()), at);
            }
        }
        tickets.schedule(kind, due, now);
        Query thisBucket = Query.query(where("_id").is(bucket.get("_id")));
        if (!later) {
            mongo.remove(thisBucket, COLLECTION);
        }
        else if (!due.isEmpty()) {
            Update forget = new Update();
            due.keySet().forEach(ref -> forget.unset("refs." + fieldName(ref)));
            mongo.updateFirst(thisBucket, forget, COLLECTION);
        }
        return due.size();
    }

    private static long minuteOf(Instant at) {
        return Math.floorDiv(at.toEpochMilli(), 60_000L);
    }

    private static String bucket(WorkKind kind, long minute, String ref) {
        return kind.name() + "@" + minute + "/" + Math.floorMod(ref.hashCode(), SHARDS);
    }

    /**
     * The minute's shards, and the one document per minute written before there were
     * shards.
     */
    private static List<String> shardsOf(WorkKind kind, long minute) {
        List<String> ids = new ArrayList<>(SHARDS + 1);
        for (int shard = 0; shard < SHARDS; shard++) {
            ids.add(kind.name() + "@" + minute + "/" + shard);
        }
        ids.add(kind.name() + "@" + minute);
        return ids;
    }

    private static String cursorId(WorkKind kind) {
        return kind.name() + "@cursor";
    }

    /**
     * Refs become field names: dots and a leading dollar would be read as paths and
     * operators.
     */
    private static String fieldName(String ref) {
        return ref.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    private static String refOf(String field) {
        return field.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }

}
