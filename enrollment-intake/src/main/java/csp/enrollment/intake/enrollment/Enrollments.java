package csp.enrollment.intake.enrollment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import csp.enrollment.intake.completion.EnrollmentState;
import csp.enrollment.intake.completion.RecordedAgreement;
import csp.enrollment.intake.completion.RecordedSupportPlan;
import csp.enrollment.intake.completion.Transition;
import csp.enrollment.intake.completion.TransitionRules;
import csp.enrollment.intake.status.EnrollmentStatus;
import csp.enrollment.intake.status.StatusChange;
import csp.enrollment.intake.status.StatusEntry;
import csp.enrollment.intake.status.StatusTransitions;

/**
 * The {@code enrollments} collection. Every write is a single-document operation: MongoDB
 * makes each atomic, and no multi-document transaction is needed (nor available in the
 * embedded server).
 */
@Repository
class Enrollments implements InitializingBean {

    private final MongoTemplate mongo;

    Enrollments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The unique index makes two concurrent submissions with one key end as one
     * enrollment; the others serve the operator's search ({@link #findNewest}), one per
     * way to search (both e-mail fields: an {@code $or} uses indexes only if each of its
     * branches has one).
     */
    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(EnrollmentDocument.class);
        indexes.createIndex(
                new Index().on("idempotencyKey", Sort.Direction.ASC).unique().sparse().named("idempotencyKey_unique"));
        indexes.createIndex(new Index().on("application.mpnId", Sort.Direction.ASC).named("mpnId"));
        indexes.createIndex(new Index().on("application.tenantId", Sort.Direction.ASC).named("tenantId"));
        indexes.createIndex(new Index().on("adminEmailKey", Sort.Direction.ASC).sparse().named("adminEmailKey"));
        indexes.createIndex(
                new Index().on("application.admin.workEmail", Sort.Direction.ASC).sparse().named("adminWorkEmail"));
    }

    /**
     * Stores a new enrollment.
     * @throws DuplicateKeyException if another enrollment already holds its idempotency
     * key
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

    List<EnrollmentSummary> findNewestByMpnId(String mpnId, int limit) {
        return findNewest(where("application.mpnId").is(mpnId), limit);
    }

    List<EnrollmentSummary> findNewestByTenantId(String tenantId, int limit) {
        return findNewest(where("application.tenantId").is(tenantId), limit);
    }

    /**
     * The enrollments whose admin has this work e-mail address, in any case. Documents
     * stored since the search exists hold the address lower-cased in
     * {@code adminEmailKey}; older ones only as submitted, so they match only in the case
     * they were submitted in (no backfill: they age out). Erasure unsets both, and erased
     * enrollments are excluded besides: an erased address is never found.
     */
    List<EnrollmentSummary> findNewestByAdminEmail(String adminEmail, int limit) {
        return findNewest(where("erasure").exists(false)
            .orOperator(where("adminEmailKey").is(adminEmail.toLowerCase(Locale.ROOT)),
                    where("application.admin.workEmail").is(adminEmail)),
                limit);
    }

    /**
     * Newest first; read with only the fields a summary shows, so no bank detail even
     * leaves the database.
     */
    private List<EnrollmentSummary> findNewest(Criteria criteria, int limit) {
        Query query = query(criteria).with(Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("_id"))).limit(limit);
        query.fields()
            .include("enrollmentType", "receivedAt", "history", "application.mpnId", "application.tenantId",
                    "application.company.legalName");
        return mongo.find(query, EnrollmentDocument.class).stream().map(EnrollmentSummary::of).toList();
    }

    /**
     * Applies a status event in one atomic update that also records its id, unless it was
     * applied before and unless the enrollment now holds a status or type it conflicts
     * with. An enrollment intake does not know is created with what the event tells.
     * @return whether the event was applied now
     */
    boolean apply(StatusChange change) {
        // Checked again in the write itself: a conflicting event applied by another
        // consumer
        // between the caller's read and this update makes it match nothing
        // (StatusTransitions).
        List<String> conflicting = StatusTransitions.conflictsOf(change.entry().status())
            .stream()
            .map(Enum::name)
            .toList();
        Query notYetApplied = query(where("_id").is(change.enrollmentId())
            .and("appliedEventIds")
            .ne(change.eventId())
            .and("history.status")
            .nin(conflicting)
            .and("enrollmentType")
            .in(change.enrollmentType(), null));
        Update update = new Update().addToSet("appliedEventIds", change.eventId())
            .push("history")
            .sort(Sort.by("at"))
            .each(change.entry())
            .setOnInsert("enrollmentType", change.enrollmentType());
        if (change.market() != null) {
            update.set("market", change.market()).set("currency", change.currency());
        }
        try {
            var result = mongo.upsert(notYetApplied, update, EnrollmentDocument.class);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        }
        catch (DuplicateKeyException alreadyApplied) {
            // The upsert found no matching document and tried to create one: the event
            // was applied
            // before, or conflicts with what is stored, or another consumer created the
            // document just now.
            return mongo.updateFirst(notYetApplied, update, EnrollmentDocument.class).getModifiedCount() > 0;
        }
    }

    /**
     * Records the accepted agreement and its event in one write, if the enrollment still
     * waits in {@code waiting} with no agreement and no final status (checked in the
     * write: a concurrent command or status event between the caller's read and this
     * write makes it match nothing).
     * @return whether this call recorded it
     */
    boolean recordAgreement(String id, EnrollmentStatus waiting, RecordedAgreement agreement, PartnerEvent event) {
        return mongo
            .updateFirst(waitingFor(id, waiting, "agreement"),
                    new Update().set("agreement", agreement).push("partnerEvents", event), EnrollmentDocument.class)
            .getModifiedCount() > 0;
    }

    /** Like {@link #recordAgreement} for a direct bill partner's support plan. */
    boolean recordSupportPlan(String id, RecordedSupportPlan plan, PartnerEvent event) {
        return mongo
            .updateFirst(waitingFor(id, EnrollmentStatus.CREDIT_CHECK_PASSED, "supportPlan"),
                    new Update().set("supportPlan", plan).push("partnerEvents", event), EnrollmentDocument.class)
            .getModifiedCount() > 0;
    }

    private static Query waitingFor(String id, EnrollmentStatus waiting, String unsetField) {
        return query(where("_id").is(id)
            .and(unsetField)
            .exists(false)
            .and("erasure")
            .exists(false)
            .and("history.status")
            .all(waiting.name())
            .nin(names(EnrollmentState.FINAL)));
    }

    /**
     * Marks the enrollment {@code ENROLLED} with its {@code EnrollmentCompleted} in one
     * write, if all it needs is recorded and it is not enrolled or transitioned yet: of
     * two commands completing it at once, one write matches.
     * @return whether this call completed it
     */
    boolean complete(String id, boolean needsSupportPlan, StatusEntry enrolled, PartnerEvent event) {
        var ready = where("_id").is(id)
            .and("agreement")
            .exists(true)
            .and("history.status")
            .nin(EnrollmentStatus.ENROLLED.name(), EnrollmentStatus.TRANSITIONED.name());
        if (needsSupportPlan) {
            ready.and("supportPlan").exists(true);
        }
        return mongo
            .updateFirst(query(ready),
                    new Update().push("history").sort(Sort.by("at")).each(enrolled).push("partnerEvents", event),
                    EnrollmentDocument.class)
            .getModifiedCount() > 0;
    }

    /**
     * Marks a direct bill enrollment {@code TRANSITIONED} towards
     * {@code transition.newEnrollmentId()} with its {@code EnrollmentTransitioned}, in
     * one write, if it is still in a status it may leave and was not moved before: of two
     * transitions at once, one write matches.
     * @return whether this call moved it
     */
    boolean transition(String id, Transition transition, StatusEntry transitioned, PartnerEvent event) {
        Query movable = query(where("_id").is(id)
            .and("transition")
            .exists(false)
            .and("erasure")
            .exists(false)
            .and("enrollmentType")
            .is("DIRECT_BILL")
            .and("history.status")
            .in(names(TransitionRules.FROM))
            .nin(EnrollmentStatus.TRANSITIONED.name()));
        return mongo
            .updateFirst(movable,
                    new Update().set("transition", transition)
                        .push("history")
                        .sort(Sort.by("at"))
                        .each(transitioned)
                        .push("partnerEvents", event),
                    EnrollmentDocument.class)
            .getModifiedCount() > 0;
    }

    /** The enrollments among {@code ids}, in one read. */
    List<EnrollmentDocument> findAll(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : mongo.find(query(where("_id").in(ids)), EnrollmentDocument.class);
    }

    /** Records that the broker acknowledged these partner events of the enrollment. */
    void markPartnerEventsPublished(String id, Collection<String> eventIds) {
        if (!eventIds.isEmpty()) {
            mongo.updateFirst(query(where("_id").is(id)),
                    new Update().addToSet("publishedPartnerEventIds").each(eventIds.toArray()),
                    EnrollmentDocument.class);
        }
    }

    private static List<String> names(Collection<EnrollmentStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    /**
     * The enrollments among {@code ids} whose {@code EnrollmentSubmitted} is not out yet,
     * in one read.
     */
    List<EnrollmentDocument> findUnpublished(Collection<String> ids) {
        return ids.isEmpty() ? List.of()
                : mongo.find(query(where("_id").in(ids).and("outbox.published").is(false)), EnrollmentDocument.class);
    }

    /**
     * Anonymises the enrollment in one write, unless it was erased before: drops the bank
     * details (with their cipher text), the names, the e-mail address (and its
     * lower-cased copy the search reads), the address lines and the fingerprint of the
     * application (a hash of them); keeps ids, type, country, statuses, dates and reason
     * codes.
     * @return whether this call erased it
     */
    boolean erase(String id, EnrollmentDocument.Erasure erasure) {
        Update update = new Update().set("erasure", erasure)
            .unset("bank")
            .unset("fingerprint")
            .unset("adminEmailKey")
            .unset("agreement.signerName")
            .unset("agreement.signerEmail");
        for (String field : List.of("company.legalName", "company.address.line1", "company.address.line2",
                "company.address.city", "company.address.stateOrProvince", "company.address.postalCode",
                "admin.firstName", "admin.lastName", "admin.workEmail")) {
            update.unset("application." + field);
        }
        return mongo
            .updateFirst(query(where("_id").is(id).and("erasure").exists(false)), update, EnrollmentDocument.class)
            .getModifiedCount() > 0;
    }

    /** The enrollments among {@code ids} erased and not yet announced, in one read. */
    List<EnrollmentDocument> findUnannouncedErasures(Collection<String> ids) {
        return ids.isEmpty() ? List.of()
                : mongo.find(query(where("_id").in(ids).and("erasure.published").is(false)), EnrollmentDocument.class);
    }

    void markErasureAnnounced(String id, Instant now) {
        mongo.updateFirst(query(where("_id").is(id)),
                new Update().set("erasure.published", true).set("erasure.publishedAt", now), EnrollmentDocument.class);
    }

    /**
     * Records that the broker acknowledged these enrollments'
     * {@code EnrollmentSubmitted}, in one write.
     */
    void markPublished(Collection<String> ids, Instant now) {
        if (!ids.isEmpty()) {
            mongo.updateMulti(query(where("_id").in(ids)),
                    new Update().set("outbox.published", true).set("outbox.publishedAt", now),
                    EnrollmentDocument.class);
        }
    }

    /**
     * Unsets the idempotency key of the enrollments (one updateMulti): the key may then
     * be used anew.
     */
    long forgetIdempotencyKeys(Collection<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return mongo
            .updateMulti(query(where("_id").in(ids).and("idempotencyKey").exists(true)),
                    new Update().unset("idempotencyKey"), EnrollmentDocument.class)
            .getModifiedCount();
    }

}
