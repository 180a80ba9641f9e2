package csp.enrollment.verification.cases;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The verification cases, one document per enrollment ({@code _id} = enrollment id). Every write is a single
 * document write: MongoDB makes each atomic, and no multi-document transaction is assumed.
 */
@Repository
public class Verifications {

    static final String COLLECTION = "verification_cases";
    private static final String RELAY_LEASE = "relayLeaseUntil";
    private static final String RELAY_ATTEMPTS = "relayAttempts";

    private final MongoTemplate mongo;

    Verifications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The review queue is read by status and age; the relay looks for unpublished events. */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        IndexOperations indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("review.status", Sort.Direction.ASC).on("review.requestedAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("verdictEvent.publishedAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("review.event.publishedAt", Sort.Direction.ASC));
    }

    public Optional<VerificationCase> find(String enrollmentId) {
        return Optional.ofNullable(mongo.findById(enrollmentId, VerificationCase.class, COLLECTION));
    }

    /**
     * Stores a new case together with the input event id that opened it.
     *
     * @return false when the enrollment already has a case (the event was applied before, maybe by another instance)
     */
    public boolean insert(VerificationCase verificationCase) {
        try {
            mongo.insert(verificationCase, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyOpened) {
            return false;
        }
    }

    /** Records another submission event of an enrollment that already has a case (it decides nothing new). */
    void recordApplied(String enrollmentId, String eventId) {
        mongo.updateFirst(byId(enrollmentId), new Update().addToSet("appliedEventIds", eventId), COLLECTION);
    }

    void markPublished(String enrollmentId, String eventId, Instant at) {
        mongo.updateFirst(byId(enrollmentId).addCriteria(Criteria.where("verdictEvent.eventId").is(eventId)),
                new Update().set("verdictEvent.publishedAt", at), COLLECTION);
        mongo.updateFirst(byId(enrollmentId).addCriteria(Criteria.where("review.event.eventId").is(eventId)),
                new Update().set("review.event.publishedAt", at), COLLECTION);
    }

    /**
     * Stores a reviewer's decision if, and only if, the review is still pending: two reviewers deciding at once
     * cannot both win.
     *
     * @return the decided case, or empty when the review was not pending any more
     */
    public Optional<VerificationCase> decide(VerificationCase decided) {
        Query pending = byId(decided.id()).addCriteria(Criteria.where("review.status").is(ReviewStatus.PENDING.name()));
        Update decision = new Update().set("status", decided.status()).set("review", decided.review());
        return Optional.ofNullable(mongo.findAndModify(pending, decision, FindAndModifyOptions.options().returnNew(true),
                VerificationCase.class, COLLECTION));
    }

    /** Pending reviews, oldest first; only those requested before {@code requestedBefore} when it is given. */
    public List<VerificationCase> pendingReviews(Instant requestedBefore, int limit) {
        Criteria criteria = Criteria.where("review.status").is(ReviewStatus.PENDING.name());
        if (requestedBefore != null) {
            criteria = criteria.and("review.requestedAt").lt(requestedBefore);
        }
        return mongo.find(new Query(criteria).with(Sort.by("review.requestedAt")).limit(limit), VerificationCase.class, COLLECTION);
    }

    /** Decided reviews, latest first. */
    public List<VerificationCase> decidedReviews(int limit) {
        Query decided = new Query(Criteria.where("review.status").is(ReviewStatus.DECIDED.name()))
                .with(Sort.by(Sort.Direction.DESC, "review.decidedAt")).limit(limit);
        return mongo.find(decided, VerificationCase.class, COLLECTION);
    }

    /**
     * Claims one case with an output event that is still unpublished after {@code recordedBefore}, by setting a
     * lease until {@code leaseUntil}: another instance's relay skips it while the lease runs.
     */
    Optional<RelayClaim> claimUnpublished(Instant recordedBefore, Instant now, Instant leaseUntil) {
        Query unpublished = new Query(new Criteria().andOperator(
                new Criteria().orOperator(
                        Criteria.where("verdictEvent.publishedAt").is(null).and("verdictEvent.occurredAt").lt(recordedBefore),
                        Criteria.where("review.event.publishedAt").is(null).and("review.event.occurredAt").lt(recordedBefore)),
                new Criteria().orOperator(
                        Criteria.where(RELAY_LEASE).exists(false),
                        Criteria.where(RELAY_LEASE).lte(now))));
        Document claimed = mongo.findAndModify(unpublished, new Update().set(RELAY_LEASE, leaseUntil),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        if (claimed == null) {
            return Optional.empty();
        }
        int attempts = claimed.get(RELAY_ATTEMPTS) instanceof Number number ? number.intValue() : 0;
        return Optional.of(new RelayClaim(mongo.getConverter().read(VerificationCase.class, claimed), attempts));
    }

    /** Ends a relay claim after the case's events were published. */
    void release(String enrollmentId) {
        mongo.updateFirst(byId(enrollmentId), new Update().unset(RELAY_LEASE).unset(RELAY_ATTEMPTS), COLLECTION);
    }

    /** Keeps a failed relay attempt's lease until the next try, and counts the attempt for the back-off. */
    void retryLater(String enrollmentId, Instant nextAttempt) {
        mongo.updateFirst(byId(enrollmentId), new Update().set(RELAY_LEASE, nextAttempt).inc(RELAY_ATTEMPTS, 1), COLLECTION);
    }

    private static Query byId(String enrollmentId) {
        return new Query(Criteria.where("_id").is(enrollmentId));
    }

    /** A case claimed by the relay, with the number of failed relay attempts so far. */
    record RelayClaim(VerificationCase verificationCase, int failedAttempts) {
    }
}
