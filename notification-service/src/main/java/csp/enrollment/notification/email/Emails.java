package csp.enrollment.notification.email;

import static org.springframework.data.mongodb.core.FindAndModifyOptions.options;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code emails} collection. Every write is a single-document operation: an insert that a
 * duplicate (event id, template) makes fail, an atomic claim (findAndModify), and updates that
 * only apply while the caller still holds its claim.
 */
@Repository
class Emails {

    static final String COLLECTION = "emails";

    private final MongoTemplate mongo;

    Emails(MongoTemplate mongo) {
        this.mongo = mongo;
        // the record id is derived from (eventId, template) already; the index states the rule where it is enforced
        mongo.indexOps(COLLECTION).createIndex(new Index().on("eventId", Sort.Direction.ASC)
                .on("template", Sort.Direction.ASC).unique().named("one_email_per_event_and_template"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("nextAttemptAt", Sort.Direction.ASC).named("due"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("enrollmentId", Sort.Direction.ASC).named("by_enrollment"));
    }

    /** Stores a new e-mail; false if one for the same event and template exists (a duplicate delivery). */
    boolean add(Email email) {
        try {
            mongo.insert(email, COLLECTION);
            return true;
        } catch (DuplicateKeyException duplicate) {
            return false;
        }
    }

    /**
     * Claims up to {@code limit} due e-mails, longest due first: one query finds them, then each is
     * claimed by its id, atomically and only if still due, so a concurrent instance that got there
     * first simply wins that one.
     */
    List<Email> claimDue(Instant now, Instant leaseUntil, String leaseToken, int limit) {
        Query due = query(where("status").is(EmailStatus.PENDING.name()).and("nextAttemptAt").lte(now))
                .with(Sort.by("nextAttemptAt")).limit(limit);
        due.fields().include("_id");
        List<Email> claimed = new ArrayList<>();
        for (Document candidate : mongo.find(due, Document.class, COLLECTION)) {
            Email email = mongo.findAndModify(
                    query(where("_id").is(candidate.get("_id")).and("status").is(EmailStatus.PENDING.name())
                            .and("nextAttemptAt").lte(now)),
                    new Update().set("nextAttemptAt", leaseUntil).set("leaseToken", leaseToken).inc("attempts", 1),
                    options().returnNew(true), Email.class, COLLECTION);
            if (email != null) {
                claimed.add(email);
            }
        }
        return claimed;
    }

    boolean markSent(Email claimed, String messageId, Instant sentAt) {
        return updateClaimed(claimed, new Update().set("status", EmailStatus.SENT.name()).set("messageId", messageId)
                .set("sentAt", sentAt).unset("leaseToken").unset("nextAttemptAt"));
    }

    boolean defer(Email claimed, Instant nextAttemptAt, String cause) {
        return updateClaimed(claimed, new Update().set("nextAttemptAt", nextAttemptAt).set("lastError", cause)
                .unset("leaseToken"));
    }

    boolean markFailed(Email claimed, String cause) {
        return updateClaimed(claimed, new Update().set("status", EmailStatus.FAILED.name()).set("lastError", cause)
                .unset("leaseToken").unset("nextAttemptAt"));
    }

    List<Email> ofEnrollment(String enrollmentId) {
        return mongo.find(query(where("enrollmentId").is(enrollmentId)).with(Sort.by("createdAt", "template")),
                Email.class, COLLECTION);
    }

    Optional<Email> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Email.class, COLLECTION));
    }

    /** Applies {@code update} only if the claim is still ours (its lease did not run out and get taken over). */
    private boolean updateClaimed(Email claimed, Update update) {
        return mongo.updateFirst(query(where("_id").is(claimed.id()).and("leaseToken").is(claimed.leaseToken())),
                update, COLLECTION).getModifiedCount() == 1;
    }
}
