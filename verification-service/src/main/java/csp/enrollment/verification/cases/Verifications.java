package csp.enrollment.verification.cases;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
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
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The verification cases, one document per enrollment ({@code _id} = enrollment id).
 * Every write is a single document write: MongoDB makes each atomic, and no
 * multi-document transaction is assumed.
 */
@Repository
public class Verifications {

    static final String COLLECTION = "verification_cases";

    private final MongoTemplate mongo;

    Verifications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The review queue is read by status and age (unpublished events are found through
     * work-support's tickets).
     */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        IndexOperations indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(
                new Index().on("review.status", Sort.Direction.ASC).on("review.requestedAt", Sort.Direction.ASC));
    }

    public Optional<VerificationCase> find(String enrollmentId) {
        return Optional.ofNullable(mongo.findById(enrollmentId, VerificationCase.class, COLLECTION));
    }

    /** The cases of these enrollments that exist, in one read. */
    List<VerificationCase> findAll(Collection<String> enrollmentIds) {
        return enrollmentIds.isEmpty() ? List.of()
                : mongo.find(new Query(Criteria.where("_id").in(enrollmentIds)), VerificationCase.class, COLLECTION);
    }

    /**
     * Stores a new case together with the input event id that opened it.
     * @return false when the enrollment already has a case (the event was applied before,
     * maybe by another instance)
     */
    public boolean insert(VerificationCase verificationCase) {
        try {
            mongo.insert(verificationCase, COLLECTION);
            return true;
        }
        catch (DuplicateKeyException alreadyOpened) {
            return false;
        }
    }

    /**
     * Records another submission event of an enrollment that already has a case (it
     * decides nothing new).
     */
    void recordApplied(String enrollmentId, String eventId) {
        mongo.updateFirst(byId(enrollmentId), new Update().addToSet("appliedEventIds", eventId), COLLECTION);
    }

    /** Records that the broker acknowledged these events, in one bulk write. */
    void markPublished(List<CaseEvents.PendingEvent> published, Instant at) {
        if (published.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (CaseEvents.PendingEvent event : published) {
            String path = event.event().eventId().equals(event.verificationCase().verdictEvent().eventId())
                    ? "verdictEvent" : "review.event";
            bulk.updateOne(
                    byId(event.verificationCase().id())
                        .addCriteria(Criteria.where(path + ".eventId").is(event.event().eventId())),
                    new Update().set(path + ".publishedAt", at));
        }
        bulk.execute();
    }

    /**
     * Stores a reviewer's decision if, and only if, the review is still pending: two
     * reviewers deciding at once cannot both win.
     * @return the decided case, or empty when the review was not pending any more
     */
    public Optional<VerificationCase> decide(VerificationCase decided) {
        Query pending = byId(decided.id()).addCriteria(Criteria.where("review.status").is(ReviewStatus.PENDING.name()));
        Update decision = new Update().set("status", decided.status()).set("review", decided.review());
        return Optional.ofNullable(mongo.findAndModify(pending, decision,
                FindAndModifyOptions.options().returnNew(true), VerificationCase.class, COLLECTION));
    }

    /**
     * Pending reviews, oldest first; only those requested before {@code requestedBefore}
     * when it is given.
     */
    public List<VerificationCase> pendingReviews(Instant requestedBefore, int limit) {
        Criteria criteria = Criteria.where("review.status").is(ReviewStatus.PENDING.name());
        if (requestedBefore != null) {
            criteria = criteria.and("review.requestedAt").lt(requestedBefore);
        }
        return mongo.find(new Query(criteria).with(Sort.by("review.requestedAt")).limit(limit), VerificationCase.class,
                COLLECTION);
    }

    /** How many reviews are pending: a count on the review index. */
    public long countPendingReviews() {
        return mongo.count(new Query(Criteria.where("review.status").is(ReviewStatus.PENDING.name())), COLLECTION);
    }

    /** Decided reviews, latest first. */
    public List<VerificationCase> decidedReviews(int limit) {
        Query decided = new Query(Criteria.where("review.status").is(ReviewStatus.DECIDED.name()))
            .with(Sort.by(Sort.Direction.DESC, "review.decidedAt"))
            .limit(limit);
        return mongo.find(decided, VerificationCase.class, COLLECTION);
    }

    /**
     * Drops the partner's legal name and admin (names, e-mail, language) of a case not
     * erased yet, in one update; ids, statuses, dates, checks, market and country stay.
     * @return false when there is no such case or it was erased before
     */
    boolean erasePersonalData(String enrollmentId, Instant erasedAt) {
        Query notErased = byId(enrollmentId).addCriteria(Criteria.where("personalDataErasedAt").exists(false));
        return mongo.updateFirst(notErased,
                new Update().unset("partner.legalName").unset("partner.admin").set("personalDataErasedAt", erasedAt),
                COLLECTION)
            .getModifiedCount() == 1;
    }

    private static Query byId(String enrollmentId) {
        return new Query(Criteria.where("_id").is(enrollmentId));
    }

}
