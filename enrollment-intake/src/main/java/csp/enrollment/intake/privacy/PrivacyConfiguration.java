package csp.enrollment.intake.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ClientEncryptionSettings;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.vault.ClientEncryptions;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacySettings.class)
class PrivacyConfiguration {

    /**
     * Re-wraps the data keys of an earlier master key on start, so a rotation needs only
     * a restart.
     */
    @Bean(destroyMethod = "close")
    BankDetailsVault bankDetailsVault(PrivacySettings settings, MongoConnectionDetails mongo) {
        var encryption = ClientEncryptions.create(ClientEncryptionSettings.builder()
            .keyVaultMongoClientSettings(
                    MongoClientSettings.builder().applyConnectionString(mongo.getConnectionString()).build())
            .keyVaultNamespace(settings.keyVaultNamespace())
            .kmsProviders(settings.driverKmsProviders())
            .build());
        var vault = new BankDetailsVault(encryption, settings);
        try {
            vault.rewrapToActiveKey();
        }
        catch (RuntimeException keyMissing) {
            vault.close();
            throw new IllegalStateException("Data keys in " + settings.keyVaultNamespace()
                    + " are wrapped by a master key "
                    + "that is not configured; keep the old key configured beside the new one until the service has "
                    + "re-wrapped them (docs/personal-data.md#keys): " + keyMissing.getMessage(), keyMissing);
        }
        return vault;
    }

}
