package csp.enrollment.notification.progress;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import csp.enrollment.notification.email.PersonalDataHolder;
import csp.enrollment.notification.notice.Notice;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code waitingEnrollments} collection, one document per enrollment
 * ({@link WaitingEnrollment}). Every write is one idempotent upsert keyed by the
 * enrollment id that also records the applied event id; a step keeps the earliest time it
 * was seen ({@code $min}), so a redelivery changes nothing and the events may arrive in
 * any order.
 */
@Repository
class WaitingEnrollments implements PersonalDataHolder {

    static final String COLLECTION = "waitingEnrollments";

    private final MongoTemplate mongo;

    WaitingEnrollments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The partner's turn began: whom to remind and when. */
    void waitForPartner(Notice notice, Instant waitingSince, Instant reminderDueAt) {
        Update update = new Update().set("enrollmentType", notice.enrollmentType().name())
            .set("firstName", notice.recipient().firstName())
            .set("lastName", notice.recipient().lastName())
            .set("address", notice.recipient().address())
            .set("preferredLanguage", notice.recipient().preferredLanguage())
            .set("companyName", notice.companyName())
            .set("countryCode", notice.countryCode())
            .set("mpnId", notice.mpnId())
            .set("waitingSince", waitingSince)
            .set("reminderDueAt", reminderDueAt)
            .addToSet("appliedEvents", notice.eventId());
        // CreditCheckPassed does not carry them: the ones ProfileVerified brought stay
        if (notice.market() != null) {
            update.set("market", notice.market());
        }
        if (notice.currency() != null) {
            update.set("currency", notice.currency());
        }
        mongo.upsert(query(where("_id").is(notice.enrollmentId())), update, COLLECTION);
    }

    void agreementAccepted(String enrollmentId, String eventId, Instant at) {
        step(enrollmentId, eventId, "agreementAcceptedAt", at);
    }

    void supportPlanRecorded(String enrollmentId, String eventId, Instant at) {
        step(enrollmentId, eventId, "supportPlanRecordedAt", at);
    }

    void completed(String enrollmentId, String eventId, Instant at) {
        step(enrollmentId, eventId, "completedAt", at);
    }

    void transitioned(String enrollmentId, String eventId, Instant at) {
        step(enrollmentId, eventId, "transitionedAt", at);
    }

    /**
     * The stored enrollments of {@code ids} (one query), by id; unknown ids are left out.
     */
    Map<String, WaitingEnrollment> byIds(Collection<String> ids) {
        Map<String, WaitingEnrollment> found = new LinkedHashMap<>();
        mongo.find(query(where("_id").in(ids)), WaitingEnrollment.class, COLLECTION)
            .forEach(enrollment -> found.put(enrollment.id(), enrollment));
        return found;
    }

    Optional<WaitingEnrollment> byId(String enrollmentId) {
        return Optional.ofNullable(mongo.findById(enrollmentId, WaitingEnrollment.class, COLLECTION));
    }

    /**
     * Drops names, address and company (one update); ids, type, market and the steps'
     * times stay.
     */
    @Override
    public long erasePersonalData(String enrollmentId, Instant erasedAt) {
        return mongo.updateFirst(query(where("_id").is(enrollmentId).and("personalDataErasedAt").exists(false)),
                new Update().unset("firstName")
                    .unset("lastName")
                    .unset("address")
                    .unset("preferredLanguage")
                    .unset("companyName")
                    .set("personalDataErasedAt", erasedAt),
                COLLECTION)
            .getModifiedCount();
    }

    private void step(String enrollmentId, String eventId, String field, Instant at) {
        mongo.upsert(query(where("_id").is(enrollmentId)),
                new Update().min(field, at).addToSet("appliedEvents", eventId), COLLECTION);
    }

}
