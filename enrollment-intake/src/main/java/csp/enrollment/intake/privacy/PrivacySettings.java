package csp.enrollment.intake.privacy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How intake protects bank details at rest ({@code pipeline.privacy.*},
 * docs/personal-data.md). Every data key is wrapped by the master key of
 * {@code activeProvider}; during a rotation the old master key stays configured beside
 * the new one until the service has re-wrapped every data key.
 *
 * @param keyVaultNamespace {@code database.collection} of the data keys
 * @param localMasterKeys local master keys by name, each 96 random bytes in Base64, used
 * as the KMS provider {@code local:<name>} (names of letters, digits and {@code _}); for
 * the local stack and tests, a production deployment uses a KMS
 * @param kmsProviders further KMS providers as the MongoDB driver takes them, e.g.
 * {@code azure: {tenantId, clientId, clientSecret}}
 * @param activeProvider the provider that wraps new data keys and to which old ones are
 * re-wrapped
 * @param activeMasterKey the master key's document for a KMS provider (e.g.
 * {@code keyVaultEndpoint}, {@code keyName} for azure); empty for a local key
 */
@ConfigurationProperties("pipeline.privacy")
public record PrivacySettings(@DefaultValue("enrollment_intake.data_keys") String keyVaultNamespace,
        Map<String, String> localMasterKeys, Map<String, Map<String, Object>> kmsProviders, String activeProvider,
        Map<String, Object> activeMasterKey) {

    private static final int LOCAL_KEY_BYTES = 96;

    public PrivacySettings {
        localMasterKeys = localMasterKeys == null ? Map.of() : Map.copyOf(localMasterKeys);
        kmsProviders = kmsProviders == null ? Map.of() : Map.copyOf(kmsProviders);
        activeMasterKey = activeMasterKey == null ? Map.of() : Map.copyOf(activeMasterKey);
        if (activeProvider == null || activeProvider.isBlank()) {
            throw new IllegalArgumentException("pipeline.privacy.active-provider is not set: bank details cannot be "
                    + "stored without a master key (docs/personal-data.md#keys)");
        }
    }

    /**
     * Every provider as the driver's {@code kmsProviders}: local keys decoded, the rest
     * as configured.
     */
    Map<String, Map<String, Object>> driverKmsProviders() {
        Map<String, Map<String, Object>> providers = new LinkedHashMap<>(kmsProviders);
        localMasterKeys.forEach((name, base64) -> {
            if (!name.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("pipeline.privacy.local-master-keys: the name '" + name
                        + "' may hold letters, digits and _ only");
            }
            byte[] key = Base64.getDecoder().decode(base64.strip());
            if (key.length != LOCAL_KEY_BYTES) {
                throw new IllegalArgumentException("pipeline.privacy.local-master-keys." + name + " has " + key.length
                        + " bytes; a local master key has " + LOCAL_KEY_BYTES);
            }
            providers.put("local:" + name, Map.of("key", key));
        });
        if (!providers.containsKey(activeProvider)) {
            throw new IllegalArgumentException("pipeline.privacy.active-provider " + activeProvider
                    + " is not configured; configured: " + providers.keySet());
        }
        return providers;
    }
}
