package csp.enrollment.work;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The {@value #COLLECTION} collection: one ticket per piece of work not done yet, removed
 * when it is done. It holds only unfinished work, so finding what is due costs in
 * proportion to that, not to everything a service ever stored (on the embedded server,
 * which uses no index for such a query, as on MongoDB with the {@code kind_dueAt} index).
 * {@code _id} is {@code <kind>:<ref>}.
 */
final class Tickets {

    static final String COLLECTION = "pendingWork";

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    Tickets(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void createIndexes() {
        mongo.indexOps(COLLECTION)
            .createIndex(
                    new Index().on("kind", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC).named("kind_dueAt"));
    }

    /**
     * Inserts leased tickets, each with the trace it was stored in (if any); returns the
     * refs inserted (those without a ticket before).
     */
    List<Lease> insertLeased(WorkKind kind, Collection<String> refs, Instant now, Instant leaseUntil,
            String traceparent) {
        String token = UUID.randomUUID().toString();
        List<Document> tickets = new ArrayList<>(refs.size());
        for (String ref : refs) {
            Document ticket = ticket(kind, ref, now).append("leaseToken", token)
                .append("leaseUntil", Date.from(leaseUntil));
            if (traceparent != null) {
                ticket.append("traceparent", traceparent);
            }
            tickets.add(ticket);
        }
        Set<String> taken = new HashSet<>();
        try {
            mongo.getCollection(COLLECTION)
                .insertMany(tickets, new com.mongodb.client.model.InsertManyOptions().ordered(false));
        }
        catch (MongoBulkWriteException partly) {
            for (BulkWriteError error : partly.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw partly;
                }
                taken.add(tickets.get(error.getIndex()).getString("ref"));
            }
        }
        return refs.stream()
            .filter(ref -> !taken.contains(ref))
            .map(ref -> new Lease(kind, ref, token, 0, null, traceparent))
            .toList();
    }

    /**
     * Sets each ref's due time, creating the ticket if it has none; a held lease is left
     * alone.
     */
    void schedule(WorkKind kind, Map<String, Instant> dueAt, Instant now) {
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, COLLECTION);
        dueAt.forEach((ref, at) -> bulk.upsert(Query.query(where("_id").is(id(kind, ref))),
                new Update().set("dueAt", Date.from(at))
                    .setOnInsert("kind", kind.name())
                    .setOnInsert("ref", ref)
                    .setOnInsert("attempts", 0)
                    .setOnInsert("createdAt", Date.from(now))));
        if (!dueAt.isEmpty()) {
            try {
                bulk.execute();
            }
            catch (DuplicateKeyException raced) {
                // another instance created the same ticket at the same moment: it exists,
                // which is all we need
            }
        }
    }

    /**
     * Claims up to {@code limit} due tickets that nobody holds (or whose holder's lease
     * ran out), with a fresh token, and returns the ones this call won.
     */
    List<Lease> claimDue(WorkKind kind, Instant now, Instant leaseUntil, int limit) {
        Query due = Query.query(dueAndFree(kind, now)).limit(limit);
        due.fields().include("_id");
        List<Object> candidates = mongo.find(due, Document.class, COLLECTION).stream().map(d -> d.get("_id")).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        mongo.updateMulti(Query.query(new Criteria().andOperator(where("_id").in(candidates), dueAndFree(kind, now))),
                new Update().set("leaseToken", token).set("leaseUntil", Date.from(leaseUntil)), COLLECTION);
        return mongo
            .find(Query.query(where("_id").in(candidates).and("leaseToken").is(token)), Document.class, COLLECTION)
            .stream()
            .map(ticket -> new Lease(kind, ticket.getString("ref"), token, ticket.getInteger("attempts", 0),
                    ticket.getString("lastError"), ticket.getString("traceparent")))
            .toList();
    }

    /**
     * Removes the tickets of finished work, each only if this instance still holds it.
     */
    void complete(List<Lease> done) {
        if (!done.isEmpty()) {
            mongo.remove(Query.query(new Criteria().orOperator(done.stream().map(Tickets::held).toList())), COLLECTION);
        }
    }

    /**
     * Releases tickets to be tried again at the given times, each only if this instance
     * still holds it.
     */
    void retry(Map<Lease, Retry> retries) {
        if (retries.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, COLLECTION);
        retries.forEach((lease, retry) -> {
            Update update = new Update().set("dueAt", Date.from(retry.at()))
                .set("lastError", retry.error())
                .unset("leaseToken")
                .unset("leaseUntil");
            if (retry.failed()) {
                update.inc("attempts", 1);
            }
            bulk.updateOne(Query.query(held(lease)), update);
        });
        bulk.execute();
    }

    long count(WorkKind kind) {
        return mongo.count(Query.query(where("kind").is(kind.name())), COLLECTION);
    }

    /** When to try again, and whether the attempt counts as failed. */
    record Retry(Instant at, String error, boolean failed) {
    }

    private static Criteria dueAndFree(WorkKind kind, Instant now) {
        return new Criteria().andOperator(where("kind").is(kind.name()), where("dueAt").lte(Date.from(now)),
                new Criteria().orOperator(where("leaseUntil").exists(false), where("leaseUntil").lte(Date.from(now))));
    }

    private static Criteria held(Lease lease) {
        return where("_id").is(id(lease.kind(), lease.ref())).and("leaseToken").is(lease.token());
    }

    private static Document ticket(WorkKind kind, String ref, Instant now) {
        return new Document("_id", id(kind, ref)).append("kind", kind.name())
            .append("ref", ref)
            .append("dueAt", Date.from(now))
            .append("attempts", 0)
            .append("createdAt", Date.from(now));
    }

    static String id(WorkKind kind, String ref) {
        return kind.name() + ":" + ref;
    }

}
