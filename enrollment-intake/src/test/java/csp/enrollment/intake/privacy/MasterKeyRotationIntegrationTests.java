package csp.enrollment.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

import csp.enrollment.intake.application.ApplicationForm;
import csp.enrollment.intake.support.IntakeIntegrationTest;

/**
 * Rotating the master key: a vault configured with the old and the new key re-wraps every
 * data key on start, after which the new key alone opens what the old one sealed. Uses a
 * key vault of its own.
 */
@IntakeIntegrationTest
class MasterKeyRotationIntegrationTests {

    private static final ApplicationForm.Bank BANK = new ApplicationForm.Bank("Contoso Cloud B.V.",
            "NL91ABNA0417164300", "ABNANL2A", null, null);

    @Autowired
    MongoConnectionDetails mongo;

    private final String namespace = "rotation_" + ThreadLocalRandom.current().nextInt(1_000_000) + ".data_keys";

    private final String oldKey = randomKey();

    private final String newKey = randomKey();

    @Test
    void theNewMasterKeyAloneOpensWhatTheOldOneSealedOnceTheVaultRewrappedTheDataKeys() {
        String enrollmentId = UUID.randomUUID().toString();
        byte[] sealed;
        try (var before = vault(Map.of("old2026", oldKey), "local:old2026")) {
            sealed = before.seal(enrollmentId, BANK);
        }

        try (var during = vault(Map.of("old2026", oldKey, "new2027", newKey), "local:new2027")) {
            // the configuration re-wrapped on start; nothing is left for a second pass
            assertThat(during.rewrapToActiveKey()).isZero();
            assertThat(during.open(sealed)).hasValue(BANK);
        }

        try (var after = vault(Map.of("new2027", newKey), "local:new2027")) {
            assertThat(after.open(sealed)).hasValue(BANK);
            after.shred(enrollmentId);
        }
        try (var shredded = vault(Map.of("new2027", newKey), "local:new2027")) {
            assertThat(shredded.open(sealed)).as("after its data key was deleted").isEmpty();
        }
    }

    @Test
    void refusesToStartWithoutTheMasterKeyThatWrapsStoredDataKeys() {
        try (var before = vault(Map.of("old2026", oldKey), "local:old2026")) {
            before.seal(UUID.randomUUID().toString(), BANK);
        }

        assertThatThrownBy(() -> vault(Map.of("new2027", newKey), "local:new2027"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("keep the old key configured")
            .hasMessageContaining("local:old2026");
    }

    private BankDetailsVault vault(Map<String, String> localKeys, String active) {
        var settings = new PrivacySettings(namespace, new LinkedHashMap<>(localKeys), Map.of(), active, Map.of());
        return new PrivacyConfiguration().bankDetailsVault(settings, mongo);
    }

    private static String randomKey() {
        byte[] key = new byte[96];
        ThreadLocalRandom.current().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

}
