package csp.enrollment.intake.enrollment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

/**
 * The {@code rejected_applications} collection: one document per idempotency key and
 * application content. Nothing of the application itself is kept, only the answer.
 */
@Repository
class RejectedApplications {

    private final MongoTemplate mongo;

    RejectedApplications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores {@code rejection} unless this key and content were rejected before; returns
     * the stored one.
     */
    RejectedApplication rememberOnce(String idempotencyKey, String fingerprint, RejectedApplication rejection) {
        String id = idOf(idempotencyKey, fingerprint);
        try {
            mongo.insert(new RejectionDocument(id, rejection));
            return rejection;
        }
        catch (DuplicateKeyException rejectedBefore) {
            return mongo.findById(id, RejectionDocument.class).rejection();
        }
    }

    /**
     * Forgets the remembered rejections (one delete): the same key and content are then
     * judged anew.
     */
    long forget(Collection<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return mongo.remove(query(where("_id").in(ids)), RejectionDocument.class).getDeletedCount();
    }

    static String idOf(String idempotencyKey, String fingerprint) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((idempotencyKey + '\0' + fingerprint).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }

    @Document("rejected_applications")
    record RejectionDocument(@Id String id, RejectedApplication rejection) {
    }

}
