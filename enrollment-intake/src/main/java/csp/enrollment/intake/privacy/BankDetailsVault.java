package csp.enrollment.intake.privacy;

import java.util.Optional;

import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.vault.DataKeyOptions;
import com.mongodb.client.model.vault.EncryptOptions;
import com.mongodb.client.model.vault.RewrapManyDataKeyOptions;
import com.mongodb.client.vault.ClientEncryption;

import csp.enrollment.intake.application.ApplicationForm;

/**
 * Bank details sealed with MongoDB's explicit client-side field level encryption: one
 * data key per enrollment (key alt name = the enrollment id) in the key vault collection,
 * wrapped by the active master key; the cipher is AEAD_AES_256_CBC_HMAC_SHA_512
 * (authenticated). Deleting an enrollment's data key makes its sealed bank details
 * unreadable for good (crypto-shredding).
 */
public class BankDetailsVault implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BankDetailsVault.class);

    private static final String ALGORITHM = "AEAD_AES_256_CBC_HMAC_SHA_512-Random";

    private final ClientEncryption encryption;

    private final String activeProvider;

    private final BsonDocument activeMasterKey;

    BankDetailsVault(ClientEncryption encryption, PrivacySettings settings) {
        this.encryption = encryption;
        this.activeProvider = settings.activeProvider();
        this.activeMasterKey = new Document(settings.activeMasterKey()).toBsonDocument(BsonDocument.class,
                MongoClientSettings.getDefaultCodecRegistry());
    }

    /**
     * A new data key for {@code enrollmentId}, and the bank details encrypted with it.
     */
    public byte[] seal(String enrollmentId, ApplicationForm.Bank bank) {
        var options = new DataKeyOptions().keyAltNames(java.util.List.of(enrollmentId));
        if (!activeMasterKey.isEmpty()) {
            options.masterKey(activeMasterKey);
        }
        BsonBinary keyId = encryption.createDataKey(activeProvider, options);
        BsonBinary sealed = encryption.encrypt(toBson(bank), new EncryptOptions(ALGORITHM).keyId(keyId));
        // the embedded store knows no binary subtype 6: the cipher text is kept as
        // generic binary
        return sealed.getData();
    }

    /**
     * The bank details {@link #seal} sealed; empty once the enrollment's data key is
     * deleted.
     */
    public Optional<ApplicationForm.Bank> open(byte[] sealed) {
        try {
            BsonValue plain = encryption.decrypt(new BsonBinary(BsonBinarySubType.ENCRYPTED, sealed));
            return Optional.of(fromBson(plain.asDocument()));
        }
        catch (com.mongodb.MongoException keyGone) {
            return Optional.empty();
        }
    }

    /**
     * Deletes the enrollment's data key; nothing sealed with it can be read again.
     * Idempotent.
     */
    public void shred(String enrollmentId) {
        BsonDocument key = encryption.getKeyByAltName(enrollmentId);
        if (key != null) {
            encryption.deleteKey(key.getBinary("_id"));
        }
    }

    /**
     * Re-wraps every data key not wrapped by the active master key with it (a master key
     * rotation).
     */
    public long rewrapToActiveKey() {
        var options = new RewrapManyDataKeyOptions().provider(activeProvider);
        if (!activeMasterKey.isEmpty()) {
            options.masterKey(activeMasterKey);
        }
        var result = encryption.rewrapManyDataKey(Filters.ne("masterKey.provider", activeProvider), options);
        long rewrapped = result.getBulkWriteResult() == null ? 0 : result.getBulkWriteResult().getModifiedCount();
        if (rewrapped > 0) {
            log.info("Re-wrapped {} data key(s) with the master key of {}", rewrapped, activeProvider);
        }
        return rewrapped;
    }

    @Override
    public void close() {
        encryption.close();
    }

    private static BsonDocument toBson(ApplicationForm.Bank bank) {
        var document = new BsonDocument();
        put(document, "accountHolder", bank.accountHolder());
        put(document, "iban", bank.iban());
        put(document, "bic", bank.bic());
        put(document, "accountNumber", bank.accountNumber());
        put(document, "routingNumber", bank.routingNumber());
        return document;
    }

    private static void put(BsonDocument document, String name, String value) {
        if (value != null) {
            document.put(name, new BsonString(value));
        }
    }

    private static ApplicationForm.Bank fromBson(BsonDocument document) {
        return new ApplicationForm.Bank(text(document, "accountHolder"), text(document, "iban"), text(document, "bic"),
                text(document, "accountNumber"), text(document, "routingNumber"));
    }

    private static String text(BsonDocument document, String name) {
        return document.containsKey(name) ? document.getString(name).getValue() : null;
    }

}
