package csp.enrollment.intake.enrollment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import csp.enrollment.intake.status.StatusChange;

/**
 * The {@code enrollments} collection. Every write is a single-document operation: MongoDB makes
 * each atomic, and no multi-document transaction is needed (nor available in the embedded server).
 */
@Repository
class Enrollments implements InitializingBean {

    private final MongoTemplate mongo;

    Enrollments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The unique index makes two concurrent submissions with one key end as one enrollment. */
    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(EnrollmentDocument.class);
        indexes.createIndex(new Index().on("idempotencyKey", Sort.Direction.ASC).unique().sparse()
                .named("idempotencyKey_unique"));
        indexes.createIndex(new Index().on("outbox.published", Sort.Direction.ASC)
                .on("outbox.dueAt", Sort.Direction.ASC).named("outbox_due"));
    }

    /**
     * Stores a new enrollment.
     *
     * @throws DuplicateKeyException if another enrollment already holds its idempotency key
     */
    void insert(EnrollmentDocument enrollment) {
        mongo.insert(enrollment);
    }

    Optional<EnrollmentDocument> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, EnrollmentDocument.class));
    }

    Optional<EnrollmentDocument> findByIdempotencyKey(String key) {
        return Optional.ofNullable(mongo.findOne(query(where("idempotencyKey").is(key)), EnrollmentDocument.class));
    }

    /**
     * Applies a status event in one atomic update that also records its id, unless it was applied
     * before. An enrollment intake does not know is created with what the event tells.
     *
     * @return whether the event was new
     */
    boolean apply(StatusChange change) {
        Query notYetApplied = query(where("_id").is(change.enrollmentId())
                .and("appliedEventIds").ne(change.eventId()));
        Update update = new Update()
                .addToSet("appliedEventIds", change.eventId())
                .push("history").sort(Sort.by("at")).each(change.entry())
                .setOnInsert("enrollmentType", change.enrollmentType());
        if (change.market() != null) {
            update.set("market", change.market()).set("currency", change.currency());
        }
        try {
            var result = mongo.upsert(notYetApplied, update, EnrollmentDocument.class);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        }
        catch (DuplicateKeyException alreadyApplied) {
            // The upsert found no document without this event and tried to create one: either the
            // event was applied before, or another consumer created the document just now.
            return mongo.updateFirst(notYetApplied, update, EnrollmentDocument.class).getModifiedCount() > 0;
        }
    }

    /**
     * Claims the unpublished {@code EnrollmentSubmitted} that is due first, for {@code lease}: no
     * other instance takes it until the lease ends.
     */
    Optional<EnrollmentDocument> claimNextDue(Instant now, Duration lease) {
        Query due = query(where("outbox.published").is(false).and("outbox.dueAt").lte(now))
                .with(Sort.by("outbox.dueAt"));
        Update claim = new Update().set("outbox.dueAt", now.plus(lease));
        return Optional.ofNullable(mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true),
                EnrollmentDocument.class));
    }

    void markPublished(String id, Instant now) {
        mongo.updateFirst(query(where("_id").is(id)),
                new Update().set("outbox.published", true).set("outbox.publishedAt", now).unset("outbox.lastError"),
                EnrollmentDocument.class);
    }

    void scheduleRetry(String id, Instant dueAt, String error) {
        mongo.updateFirst(query(where("_id").is(id).and("outbox.published").is(false)),
                new Update().inc("outbox.attempts", 1).set("outbox.dueAt", dueAt).set("outbox.lastError", error),
                EnrollmentDocument.class);
    }
}
