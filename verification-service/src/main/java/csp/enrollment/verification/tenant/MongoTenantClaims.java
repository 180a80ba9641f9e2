package csp.enrollment.verification.tenant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * The claims on tenants in MongoDB, race-safe across instances without a read before a
 * write:
 * <ul>
 * <li>{@value #CLAIMS}: one document per claimed tenant, {@code _id} = tenant id (unique
 * by MongoDB itself, also where secondary indexes are not built), {@value #HOLDER} = the
 * enrollment holding it. Claiming is an insert; a duplicate key means someone holds it,
 * and only then is the holder read.</li>
 * <li>{@value #RELEASES}: one document per enrollment that gave its tenant back
 * ({@code _id} = enrollment id, when, why), so a redelivered submission of an ended
 * enrollment cannot claim the tenant again. A release writes it before deleting the
 * claim, a claim checks it after inserting: whichever comes second sees the other.</li>
 * </ul>
 * Every write is a single-document write, and applying the same event again changes
 * nothing.
 */
@Repository
public class MongoTenantClaims implements TenantClaims {

    static final String CLAIMS = "tenant_claims";
    static final String RELEASES = "tenant_releases";
    static final String HOLDER = "enrollmentId";

    /**
     * How often a claim is tried again when the tenant changed hands between the insert
     * and the read.
     */
    private static final int ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(MongoTenantClaims.class);

    private final MongoTemplate mongo;

    private final Clock clock;

    MongoTenantClaims(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Releases and transitions find a claim by its holder. */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        mongo.indexOps(CLAIMS).createIndex(new Index().on(HOLDER, Sort.Direction.ASC));
    }

    @Override
    public TenantClaim claim(String tenantId, String enrollmentId, String transitionedFrom) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (transitionedFrom != null && moveClaim(
                    heldBy(transitionedFrom).addCriteria(Criteria.where("_id").is(tenantId)), enrollmentId)) {
                log.info("Enrollment {} took tenant {} over from enrollment {} (transition)", enrollmentId, tenantId,
                        transitionedFrom);
                return unlessReleased(tenantId, enrollmentId);
            }
            if (insert(tenantId, enrollmentId)) {
                return unlessReleased(tenantId, enrollmentId);
            }
            String holder = holder(tenantId);
            if (enrollmentId.equals(holder)) {
                return TenantClaim.held(tenantId, enrollmentId);
            }
            if (holder != null && !holder.equals(transitionedFrom)) {
                if (transitionedFrom != null) {
                    log.warn("Tenant {} of transition {} (from {}) is held by enrollment {}: the claim stays with it",
                            tenantId, enrollmentId, transitionedFrom, holder);
                }
                return TenantClaim.takenBy(tenantId, holder);
            }
            // released, or handed to the enrollment this one continues, between the
            // insert and the read: again
        }
        throw new IllegalStateException("Tenant " + tenantId + " changed hands " + ATTEMPTS + " times while enrollment "
                + enrollmentId + " claimed it");
    }

    @Override
    public TenantClaim holderOf(String tenantId, String enrollmentId) {
        String holder = holder(tenantId);
        return holder == null || holder.equals(enrollmentId) ? TenantClaim.free(tenantId)
                : TenantClaim.takenBy(tenantId, holder);
    }

    /**
     * The enrollments' claims are deleted (only those they hold) and they are remembered
     * as ended, in two writes.
     */
    void release(Collection<String> enrollmentIds, EndOfEnrollment cause) {
        if (enrollmentIds.isEmpty()) {
            return;
        }
        remember(enrollmentIds, cause);
        long released = mongo.remove(new Query(Criteria.where(HOLDER).in(enrollmentIds)), CLAIMS).getDeletedCount();
        if (released > 0) {
            log.info("{} tenant claim(s) released ({}): {}", released, cause, enrollmentIds);
        }
    }

    /**
     * The claim of {@code from} passes to {@code to}, if {@code from} holds one;
     * {@code from} is remembered as ended. If {@code to} has ended already (its profile
     * was rejected), the claim is released instead.
     */
    void passOn(String from, String to) {
        remember(List.of(from), EndOfEnrollment.TRANSITIONED);
        if (moveClaim(heldBy(from), to)) {
            log.info("Tenant claim of enrollment {} passed to enrollment {} (transition)", from, to);
        }
        if (isReleased(to)) {
            mongo.remove(heldBy(to), CLAIMS);
        }
    }

    /** The enrollment holding the tenant, null when nobody does. */
    String holder(String tenantId) {
        Document claim = mongo.findById(tenantId, Document.class, CLAIMS);
        return claim == null ? null : claim.getString(HOLDER);
    }

    /** The tenant the enrollment holds, null when none. */
    String tenantOf(String enrollmentId) {
        Document claim = mongo.findOne(heldBy(enrollmentId), Document.class, CLAIMS);
        return claim == null ? null : claim.getString("_id");
    }

    private boolean insert(String tenantId, String enrollmentId) {
        try {
            mongo.insert(
                    new Document("_id", tenantId).append(HOLDER, enrollmentId).append("claimedAt", Date.from(now())),
                    CLAIMS);
            return true;
        }
        catch (DuplicateKeyException held) {
            return false;
        }
    }

    private boolean moveClaim(Query claim, String to) {
        return mongo.updateFirst(claim, new Update().set(HOLDER, to).set("claimedAt", Date.from(now())), CLAIMS)
            .getModifiedCount() == 1;
    }

    /**
     * An ended enrollment (a redelivery of its submission) keeps no claim: the one just
     * made is deleted again.
     */
    private TenantClaim unlessReleased(String tenantId, String enrollmentId) {
        if (isReleased(enrollmentId)) {
            mongo.remove(heldBy(enrollmentId).addCriteria(Criteria.where("_id").is(tenantId)), CLAIMS);
            log.info("Enrollment {} has ended: it does not claim tenant {} again", enrollmentId, tenantId);
            return TenantClaim.free(tenantId);
        }
        return TenantClaim.held(tenantId, enrollmentId);
    }

    private void remember(Collection<String> enrollmentIds, EndOfEnrollment cause) {
        BulkOperations ended = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, RELEASES);
        Date at = Date.from(now());
        for (String enrollmentId : enrollmentIds) {
            ended.upsert(new Query(Criteria.where("_id").is(enrollmentId)),
                    new Update().setOnInsert("releasedAt", at).setOnInsert("cause", cause.name()));
        }
        ended.execute();
    }

    private boolean isReleased(String enrollmentId) {
        return mongo.exists(new Query(Criteria.where("_id").is(enrollmentId)), RELEASES);
    }

    private static Query heldBy(String enrollmentId) {
        return new Query(Criteria.where(HOLDER).is(enrollmentId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

}
