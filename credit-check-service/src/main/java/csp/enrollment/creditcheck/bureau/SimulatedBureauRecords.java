package csp.enrollment.creditcheck.bureau;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The simulated bureau's data in this service's database: one report per MPN id, and
 * whether the bureau is up. Kept in MongoDB, not in memory, so every instance sees the
 * same bureau.
 */
@Repository
@SimulatedBureauMode
class SimulatedBureauRecords {

    static final String REPORTS = "simulatedBureauReports";
    static final String STATUS = "simulatedBureauStatus";

    private static final String AVAILABILITY = "availability";

    private final MongoTemplate mongo;

    SimulatedBureauRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<SimulatedReport> report(String mpnId) {
        return Optional.ofNullable(mongo.findById(mpnId, Document.class, REPORTS)).map(document -> {
            Date answersFrom = document.getDate("answersFrom");
            return new SimulatedReport(mpnId, document.getInteger("score"), document.getBoolean("noRecord", false),
                    answersFrom == null ? null : answersFrom.toInstant(), SimulatedReport.Source.OPERATOR);
        });
    }

    void store(SimulatedReport report, Instant now) {
        Update update = new Update().set("score", report.score())
            .set("noRecord", report.noRecord())
            .set("answersFrom", report.answersFrom() == null ? null : Date.from(report.answersFrom()))
            .set("updatedAt", Date.from(now));
        mongo.upsert(byId(report.mpnId()), update, REPORTS);
    }

    boolean remove(String mpnId) {
        return mongo.remove(byId(mpnId), REPORTS).getDeletedCount() > 0;
    }

    boolean available() {
        Document status = mongo.findById(AVAILABILITY, Document.class, STATUS);
        return status == null || status.getBoolean("available", true);
    }

    void setAvailable(boolean available, Instant now) {
        mongo.upsert(byId(AVAILABILITY), new Update().set("available", available).set("updatedAt", Date.from(now)),
                STATUS);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

}
