package csp.enrollment.creditcheck.check;

import csp.enrollment.creditcheck.check.Decision.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The stored credit checks, one document per enrollment ({@code _id} = enrollment id). Every write
 * is a single-document operation; a worker works a check only while it holds its lease (claimed
 * with an atomic findAndModify), so any number of instances can run.
 */
@Repository
class CreditChecks {

    static final String COLLECTION = "creditChecks";

    private final MongoTemplate mongo;

    CreditChecks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores a new check; false when the enrollment already has one (a redelivered event). */
    boolean insert(CreditCheck check) {
        try {
            mongo.insert(CheckDocument.of(check), COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyStored) {
            return false;
        }
    }

    Optional<CreditCheck> find(String enrollmentId) {
        return Optional.ofNullable(mongo.findById(enrollmentId, Document.class, COLLECTION)).map(CheckDocument::toCheck);
    }

    /** Claims one undecided check whose next attempt is due and which no other worker holds. */
    Optional<Claimed> claimDue(Instant now, Duration lease) {
        Criteria due = new Criteria().andOperator(
                Criteria.where("state").ne(CreditCheckState.DECIDED.name()),
                Criteria.where("nextAttemptAt").lte(Date.from(now)),
                leaseFree(now));
        return claim(due, now, lease);
    }

    /** Claims one decided check whose event is not confirmed published (the worker died before it was). */
    Optional<Claimed> claimUnpublished(Instant now, Duration lease) {
        Criteria unpublished = new Criteria().andOperator(
                Criteria.where("state").is(CreditCheckState.DECIDED.name()),
                Criteria.where("publishedAt").is(null),
                leaseFree(now));
        return claim(unpublished, now, lease);
    }

    /**
     * Writes what the worker did with a claimed check, if it still holds the lease. An undecided
     * check is released; a decided one stays held until its event is published.
     *
     * @return false when the lease was lost (another worker took over; its result counts)
     */
    boolean saveWork(Claimed claimed) {
        CreditCheck check = claimed.check();
        Update update = new Update()
                .set("state", check.state().name())
                .set("attempts", check.attempts().stream().map(CheckDocument::attempt).toList())
                .set("attemptCount", check.attemptCount());
        check.nextAttemptAt().ifPresentOrElse(at -> update.set("nextAttemptAt", Date.from(at)),
                () -> update.unset("nextAttemptAt"));
        check.decision().ifPresentOrElse(decision -> update.set("decision", CheckDocument.decision(decision)),
                () -> update.unset("leaseToken").unset("leaseUntil"));
        return mongo.updateFirst(heldBy(claimed), update, COLLECTION).getMatchedCount() == 1;
    }

    /** Records that the decision event is out and releases the check. */
    void markPublished(Claimed claimed, Instant at) {
        mongo.updateFirst(heldBy(claimed),
                new Update().set("publishedAt", Date.from(at)).unset("leaseToken").unset("leaseUntil"), COLLECTION);
    }

    /**
     * Marks one check that became overdue and was not reported yet as reported, and returns it;
     * atomic, so each overdue check is reported once whatever the number of instances.
     */
    Optional<CreditCheck> claimOverdueReport(Instant requestedBefore, Instant now) {
        Query query = new Query(new Criteria().andOperator(
                Criteria.where("state").ne(CreditCheckState.DECIDED.name()),
                Criteria.where("requestedAt").lte(Date.from(requestedBefore)),
                Criteria.where("overdueReportedAt").is(null)));
        Document reported = mongo.findAndModify(query, new Update().set("overdueReportedAt", Date.from(now)),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        return Optional.ofNullable(reported).map(CheckDocument::toCheck);
    }

    /** Undecided checks requested at or before {@code requestedBefore}, oldest first. */
    List<CreditCheck> undecidedSince(Instant requestedBefore, int limit) {
        Query query = new Query(new Criteria().andOperator(
                Criteria.where("state").ne(CreditCheckState.DECIDED.name()),
                Criteria.where("requestedAt").lte(Date.from(requestedBefore))))
                .with(Sort.by("requestedAt")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(CheckDocument::toCheck).toList();
    }

    /** Checks in {@code state}, or all when null, oldest first. */
    List<CreditCheck> inState(CreditCheckState state, int limit) {
        Query query = (state == null ? new Query() : Query.query(Criteria.where("state").is(state.name())))
                .with(Sort.by("requestedAt")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(CheckDocument::toCheck).toList();
    }

    private Optional<Claimed> claim(Criteria criteria, Instant now, Duration lease) {
        String token = UUID.randomUUID().toString();
        Update take = new Update().set("leaseToken", token).set("leaseUntil", Date.from(now.plus(lease)));
        Document claimed = mongo.findAndModify(new Query(criteria), take,
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        return Optional.ofNullable(claimed).map(document -> new Claimed(CheckDocument.toCheck(document), token));
    }

    private static Criteria leaseFree(Instant now) {
        return new Criteria().orOperator(
                Criteria.where("leaseUntil").is(null),
                Criteria.where("leaseUntil").lte(Date.from(now)));
    }

    private static Query heldBy(Claimed claimed) {
        return Query.query(Criteria.where("_id").is(claimed.check().enrollmentId()).and("leaseToken").is(claimed.leaseToken()));
    }

    /** A check this worker holds the lease of. */
    record Claimed(CreditCheck check, String leaseToken) {
    }

    /** The mapping between a check and its document; explicit so the stored shape is plain to see. */
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
                    .append("admin", new Document("firstName", applicant.admin().firstName())
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
                    document.getString("countryCode"), new Applicant.Admin(admin.getString("firstName"),
                            admin.getString("lastName"), admin.getString("workEmail"),
                            admin.getString("preferredLanguage")));
            Cause cause = new Cause(document.getString("inputEventId"), document.getString("correlationId"),
                    instant(document, "inputOccurredAt"));
            List<Attempt> attempts = document.getList("attempts", Document.class, List.of()).stream()
                    .map(CheckDocument::toAttempt).toList();
            Document decision = document.get("decision", Document.class);
            return CreditCheck.restore(document.getString("_id"), applicant, cause, instant(document, "requestedAt"),
                    CreditCheckState.valueOf(document.getString("state")), attempts,
                    document.getInteger("attemptCount", attempts.size()), instant(document, "nextAttemptAt"),
                    decision == null ? null : toDecision(decision), instant(document, "publishedAt"),
                    instant(document, "overdueReportedAt"));
        }

        static Document attempt(Attempt attempt) {
            return new Document("at", Date.from(attempt.at()))
                    .append("outcome", attempt.outcome().name())
                    .append("score", attempt.score())
                    .append("error", attempt.error());
        }

        static Document decision(Decision decision) {
            return new Document("verdict", decision.verdict().name())
                    .append("score", decision.score())
                    .append("minimumScore", decision.minimumScore())
                    .append("reasons", decision.reasons().stream()
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
            List<Reason> reasons = decision.getList("reasons", Document.class, List.of()).stream()
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
