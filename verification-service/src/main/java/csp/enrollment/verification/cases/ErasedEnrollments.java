package csp.enrollment.verification.cases;

import java.time.Instant;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code erased_enrollments} collection: a tombstone per enrollment whose personal
 * data was erased (its id and when, nothing else), so a submission that arrives after the
 * erasure stores nothing of the partner.
 */
@Repository
class ErasedEnrollments {

    static final String COLLECTION = "erased_enrollments";

    private final MongoTemplate mongo;

    ErasedEnrollments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records the erasure; a second one keeps the first time. */
    void remember(String enrollmentId, Instant erasedAt) {
        mongo.upsert(byId(enrollmentId), new Update().setOnInsert("erasedAt", erasedAt), COLLECTION);
    }

    boolean contains(String enrollmentId) {
        return mongo.exists(byId(enrollmentId), COLLECTION);
    }

    private static Query byId(String enrollmentId) {
        return new Query(Criteria.where("_id").is(enrollmentId));
    }

}
