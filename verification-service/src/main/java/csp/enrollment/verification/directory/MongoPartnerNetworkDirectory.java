package csp.enrollment.verification.directory;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.Optional;

/**
 * The partner-network directory kept by operators in this service's database, one
 * document per MPN ID ({@code _id} = MPN ID). Replace it by a client of a real directory
 * service implementing the same port.
 */
@Component
class MongoPartnerNetworkDirectory implements PartnerNetworkDirectory {

    static final String COLLECTION = "partner_network_memberships";

    private final MongoTemplate mongo;

    MongoPartnerNetworkDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Membership> find(String mpnId) {
        Document document = mongo.findById(mpnId, Document.class, COLLECTION);
        return Optional.ofNullable(document)
            .map(found -> new Membership(found.getString("_id"), MembershipStatus.valueOf(found.getString("status")),
                    found.getString("countryCode"), found.getDate("updatedAt").toInstant()));
    }

    /** Creates or replaces a membership; true when it was new. */
    boolean put(Membership membership) {
        Update update = new Update().set("status", membership.status().name())
            .set("countryCode", membership.countryCode())
            .set("updatedAt", Date.from(membership.updatedAt()));
        UpdateResult result = mongo.upsert(new Query(Criteria.where("_id").is(membership.mpnId())), update, COLLECTION);
        return result.getUpsertedId() != null;
    }

}
