package csp.enrollment.notification.email;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code emails} collection. Every write is a single-document operation: an insert
 * that a duplicate (event id, template) makes fail, and outcome updates that apply only
 * to an e-mail still PENDING, so a SENT or FAILED record never changes again; erasure
 * (docs/personal-data.md) cancels PENDING ones and drops recipient and content, one
 * updateMulti each. Who sends an e-mail is decided by its work ticket, not here.
 */
@Repository
class Emails {

    static final String COLLECTION = "emails";

    private final MongoTemplate mongo;

    Emails(MongoTemplate mongo) {
        this.mongo = mongo;
        // the record id is derived from (eventId, template) already; the index states the
        // rule where it is enforced
        mongo.indexOps(COLLECTION)
            .createIndex(new Index().on("eventId", Sort.Direction.ASC)
                .on("template", Sort.Direction.ASC)
                .unique()
                .named("one_email_per_event_and_template"));
        mongo.indexOps(COLLECTION)
            .createIndex(new Index().on("enrollmentId", Sort.Direction.ASC).named("by_enrollment"));
    }

    /**
     * Stores a new e-mail; false if one for the same event and template exists (a
     * duplicate delivery).
     */
    boolean add(Email email) {
        try {
            mongo.insert(email, COLLECTION);
            return true;
        }
        catch (DuplicateKeyException duplicate) {
            return false;
        }
    }

    /** The stored e-mails of {@code ids} (one query), by id; unknown ids are left out. */
    Map<String, Email> byIds(Collection<String> ids) {
        Map<String, Email> found = new LinkedHashMap<>();
        mongo.find(query(where("_id").in(ids)), Email.class, COLLECTION).forEach(email -> found.put(email.id(), email));
        return found;
    }

    /**
     * Also for an e-mail cancelled while it was on the wire (the erasure came after the
     * last check before sending): the server accepted it, so the record says so.
     */
    boolean markSent(String id, String messageId, Instant sentAt) {
        return mongo.updateFirst(
                query(where("_id").is(id).and("status").in(EmailStatus.PENDING.name(), EmailStatus.CANCELLED.name())),
                new Update().set("status", EmailStatus.SENT.name())
                    .set("messageId", messageId)
                    .set("sentAt", sentAt)
                    .inc("attempts", 1)
                    .unset("nextAttemptAt"),
                COLLECTION)
            .getModifiedCount() == 1;
    }

    boolean defer(String id, Instant nextAttemptAt, String cause) {
        return updatePending(id,
                new Update().set("nextAttemptAt", nextAttemptAt).set("lastError", cause).inc("attempts", 1));
    }

    boolean markFailed(String id, String cause) {
        return updatePending(id,
                new Update().set("status", EmailStatus.FAILED.name())
                    .set("lastError", cause)
                    .inc("attempts", 1)
                    .unset("nextAttemptAt"));
    }

    boolean isPending(String id) {
        return mongo.exists(query(where("_id").is(id).and("status").is(EmailStatus.PENDING.name())), COLLECTION);
    }

    /**
     * Every e-mail of the enrollment still PENDING becomes CANCELLED (one updateMulti):
     * it is never sent.
     */
    long cancelPending(String enrollmentId) {
        return mongo
            .updateMulti(query(where("enrollmentId").is(enrollmentId).and("status").is(EmailStatus.PENDING.name())),
                    new Update().set("status", EmailStatus.CANCELLED.name()).unset("nextAttemptAt"), COLLECTION)
            .getModifiedCount();
    }

    /**
     * Drops the recipient and the content of every e-mail of the enrollment not erased
     * yet (one updateMulti); ids, template, language, status, dates and attempts stay.
     */
    long erasePersonalData(String enrollmentId, Instant erasedAt) {
        return mongo
            .updateMulti(query(where("enrollmentId").is(enrollmentId).and("personalDataErasedAt").exists(false)),
                    new Update().unset("recipientAddress")
                        .unset("recipientName")
                        .unset("subject")
                        .unset("text")
                        .unset("html")
                        .unset("lastError")
                        .set("personalDataErasedAt", erasedAt),
                    COLLECTION)
            .getModifiedCount();
    }

    /**
     * Drops subject, content and last error of the finished e-mails among {@code ids}
     * (one updateMulti); a PENDING one keeps them until it is sent. Recipient, template,
     * status and dates stay.
     */
    long forgetContent(Collection<String> ids, Instant forgottenAt) {
        return mongo.updateMulti(
                query(where("_id").in(ids)
                    .and("status")
                    .ne(EmailStatus.PENDING.name())
                    .and("contentForgottenAt")
                    .exists(false)),
                new Update().unset("subject")
                    .unset("text")
                    .unset("html")
                    .unset("lastError")
                    .set("contentForgottenAt", forgottenAt),
                COLLECTION)
            .getModifiedCount();
    }

    List<Email> ofEnrollment(String enrollmentId) {
        return mongo.find(query(where("enrollmentId").is(enrollmentId)).with(Sort.by("createdAt", "template")),
                Email.class, COLLECTION);
    }

    Optional<Email> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Email.class, COLLECTION));
    }

    /**
     * Applies {@code update} only to an e-mail still PENDING: an outcome, once recorded,
     * stands.
     */
    private boolean updatePending(String id, Update update) {
        return mongo
            .updateFirst(query(where("_id").is(id).and("status").is(EmailStatus.PENDING.name())), update, COLLECTION)
            .getModifiedCount() == 1;
    }

}
