package csp.enrollment.creditcheck.check;

import csp.enrollment.creditcheck.check.Decision.Reason;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The stored credit checks, one document per enrollment ({@code _id} = enrollment id).
 * Every write is a single-document operation (or one update of several documents, each
 * applied on its own); who works a check is decided by its work ticket, not here.
 */
@Repository
class CreditChecks {

    static final String COLLECTION = "creditChecks";

    private final MongoTemplate mongo;

    CreditChecks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores a new check; false when the enrollment already has one (a redelivered
     * event).
     */
    boolean insert(CreditCheck check) {
        try {
            mongo.insert(CheckDocument.of(check), COLLECTION);
            return true;
        }
        catch (DuplicateKeyException alreadyStored) {
            return false;
        }
    }

    Optional<CreditCheck> find(String enrollmentId) {
        return Optional.ofNullable(mongo.findById(enrollmentId, Document.class, COLLECTION))
            .map(CheckDocument::toCheck);
    }

    /**
     * The stored checks of {@code enrollmentIds} (one query), by enrollment id; unknown
     * ids are left out.
     */
    Map<String, CreditCheck> findAll(Collection<String> enrollmentIds) {
        Map<String, CreditCheck> found = new LinkedHashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(enrollmentIds)), Document.class, COLLECTION)
            .forEach(document -> found.put(document.getString("_id"), CheckDocument.toCheck(document)));
        return found;
    }

    /**
     * Writes what asking the bureau did to a check, unless it was decided meanwhile (by
     * an instance that took the work over after a lease ran out: its decision stands).
     * @return false when the stored check was decided already
     */
    boolean saveWork(CreditCheck check) {
        Update update = new Update().set("state", check.state().name())
            .set("attempts", check.attempts().stream().map(CheckDocument::attempt).toList())
            .set("attemptCount", check.attemptCount());
        check.nextAttemptAt()
            .ifPresentOrElse(at -> update.set("nextAttemptAt", Date.from(at)), () -> update.unset("nextAttemptAt"));
        check.decision().ifPresent(decision -> update.set("decision", CheckDocument.decision(decision)));
        Query undecided = Query
            .query(Criteria.where("_id").is(check.enrollmentId()).and("state").ne(CreditCheckState.DECIDED.name()));
        return mongo.updateFirst(undecided, update, COLLECTION).getMatchedCount() == 1;
    }

    /** Records that the decision events of these checks are out (one write). */
    void markPublished(Collection<String> enrollmentIds, Instant at) {
        if (!enrollmentIds.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(enrollmentIds).and("publishedAt").is(null)),
                    new Update().set("publishedAt", Date.from(at)), COLLECTION);
        }
    }

    /**
     * Marks an undecided check as reported overdue, if it was not yet; atomic, so each
     * overdue check is reported once whatever the number of instances.
     */
    boolean markOverdueReported(String enrollmentId, Instant at) {
        Query notReported = Query.query(Criteria.where("_id")
            .is(enrollmentId)
            .and("state")
            .ne(CreditCheckState.DECIDED.name())
            .and("overdueReportedAt")
            .is(null));
        return mongo.updateFirst(notReported, new Update().set("overdueReportedAt", Date.from(at)), COLLECTION)
            .getModifiedCount() == 1;
    }

    /**
     * Drops the partner's legal name and admin (names, e-mail, language) of a check not
     * erased yet, in one update; ids, state, dates, attempts, scores and the decision
     * stay.
     * @return false when there is no such check or it was erased before
     */
    boolean erasePersonalData(String enrollmentId, Instant erasedAt) {
        Query notErased = Query.query(Criteria.where("_id").is(enrollmentId).and("personalDataErasedAt").exists(false));
        return mongo
            .updateFirst(notErased,
                    new Update().unset("legalName").unset("admin").set("personalDataErasedAt", Date.from(erasedAt)),
                    COLLECTION)
            .getModifiedCount() == 1;
    }

    /** Undecided checks requested at or before {@code requestedBefore}, oldest first. */
    List<CreditCheck> undecidedSince(Instant requestedBefore, int limit) {
        Query query = new Query(new Criteria().andOperator(Criteria.where("state").ne(CreditCheckState.DECIDED.name()),
                Criteria.where("requestedAt").lte(Date.from(requestedBefore))))
            .with(Sort.by("requestedAt"))
            .limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(CheckDocument::toCheck).toList();
    }

    /** Checks in {@code state}, or all when null, oldest first. */
    List<CreditCheck> inState(CreditCheckState state, int limit) {
        Query query = (state == null ? new Query() : Query.query(Criteria.where("state").is(state.name())))
            .with(Sort.by("requestedAt"))
            .limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(CheckDocument::toCheck).toList();
    }

    /**
     * The mapping between a check and its document; explicit so the stored shape is plain
     * to see.
     */
    static final class CheckDocument {

        private CheckDocument() {
        }

        static Document of(CreditCheck check) {
            Applicant applicant = check.applicant();
            Document document = new Document("_id", check.enrollmentId())
                .append("inputEventId", check.cause().eventId())
                .append("correlationId", check.cause().correlationId())
                .append("inputOccurredAt", Date.from(check.cause().occurredAt()))
                .append("mpnId", applicant.mpnId())
                .append("legalName", applicant.legalName())
                .append("countryCode", applicant.countryCode())
                .append("admin",
                        new Document("firstName", applicant.admin().firstName())
                            .append("lastName", applicant.admin().lastName())
                            .append("workEmail", applicant.admin().workEmail())
                            .append("preferredLanguage", applicant.admin().preferredLanguage()))
                .append("requestedAt", Date.from(check.requestedAt()))
                .append("state", check.state().name())
                .append("attempts", check.attempts().stream().map(CheckDocument::attempt).toList())
                .append("attemptCount", check.attemptCount());
            check.nextAttemptAt().ifPresent(at -> document.append("nextAttemptAt", Date.from(at)));
            check.decision().ifPresent(decision -> document.append("decision", decision(decision)));
            check.publishedAt().ifPresent(at -> document.append("publishedAt", Date.from(at)));
            check.overdueReportedAt().ifPresent(at -> document.append("overdueReportedAt", Date.from(at)));
            return document;
        }

        static CreditCheck toCheck(Document document) {
            Document admin = document.get("admin", Document.class);
            Applicant applicant = new Applicant(document.getString("mpnId"), document.getString("legalName"),
                    document.getString("countryCode"),
                    admin == null ? null
                            : new Applicant.Admin(admin.getString("firstName"), admin.getString("lastName"),
                                    admin.getString("workEmail"), admin.getString("preferredLanguage")));
            Cause cause = new Cause(document.getString("inputEventId"), document.getString("correlationId"),
                    instant(document, "inputOccurredAt"));
            List<Attempt> attempts = document.getList("attempts", Document.class, List.of())
                .stream()
                .map(CheckDocument::toAttempt)
                .toList();
            Document decision = document.get("decision", Document.class);
            return CreditCheck.restore(document.getString("_id"), applicant, cause, instant(document, "requestedAt"),
                    CreditCheckState.valueOf(document.getString("state")), attempts,
                    document.getInteger("attemptCount", attempts.size()), instant(document, "nextAttemptAt"),
                    decision == null ? null : toDecision(decision), instant(document, "publishedAt"),
                    instant(document, "overdueReportedAt"), instant(document, "personalDataErasedAt"));
        }

        static Document attempt(Attempt attempt) {
            return new Document("at", Date.from(attempt.at())).append("outcome", attempt.outcome().name())
                .append("score", attempt.score())
                .append("error", attempt.error());
        }

        static Document decision(Decision decision) {
            return new Document("verdict", decision.verdict().name()).append("score", decision.score())
                .append("minimumScore", decision.minimumScore())
                .append("reasons", decision.reasons()
                    .stream()
                    .map(reason -> new Document("code", reason.code().name()).append("message", reason.message()))
                    .toList())
                .append("bureau", decision.bureau())
                .append("decidedAt", Date.from(decision.decidedAt()));
        }

        private static Attempt toAttempt(Document attempt) {
            return new Attempt(instant(attempt, "at"), Attempt.Outcome.valueOf(attempt.getString("outcome")),
                    attempt.getInteger("score"), attempt.getString("error"));
        }

        private static Decision toDecision(Document decision) {
            List<Reason> reasons = decision.getList("reasons", Document.class, List.of())
                .stream()
                .map(reason -> new Reason(CreditReasonCode.valueOf(reason.getString("code")),
                        reason.getString("message")))
                .toList();
            return new Decision(Decision.Verdict.valueOf(decision.getString("verdict")), decision.getInteger("score"),
                    decision.getInteger("minimumScore"), reasons, decision.getString("bureau"),
                    instant(decision, "decidedAt"));
        }

        private static Instant instant(Document document, String key) {
            Date date = document.getDate(key);
            return date == null ? null : date.toInstant();
        }

    }

}
