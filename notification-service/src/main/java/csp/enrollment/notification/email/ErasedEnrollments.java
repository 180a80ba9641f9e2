package csp.enrollment.notification.email;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code erasedEnrollments} collection: a tombstone per enrollment whose personal
 * data was erased (its id and when, nothing else), so an event that arrives after the
 * erasure stores and sends nothing for it.
 */
@Repository
class ErasedEnrollments {

    static final String COLLECTION = "erasedEnrollments";

    private final MongoTemplate mongo;

    ErasedEnrollments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records the erasure; a second one keeps the first time. */
    void remember(String enrollmentId, Instant erasedAt) {
        mongo.upsert(query(where("_id").is(enrollmentId)), new Update().setOnInsert("erasedAt", erasedAt), COLLECTION);
    }

    boolean contains(String enrollmentId) {
        return mongo.exists(query(where("_id").is(enrollmentId)), COLLECTION);
    }

}
