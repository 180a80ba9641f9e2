package csp.enrollment.verification.cases;

import csp.enrollment.verification.directory.PartnerNetworkDirectory;
import csp.enrollment.verification.market.Markets;
import csp.enrollment.verification.profile.ConsumerMailDomains;
import csp.enrollment.verification.profile.ProfileVerification;
import csp.enrollment.verification.tenant.TenantClaims;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Wires the plain-Java rules to their reference data, the partner-network directory and
 * the tenant claims.
 */
@Configuration(proxyBeanMethods = false)
class VerificationConfiguration {

    @Bean
    ConsumerMailDomains consumerMailDomains(RuleSettings settings) throws IOException {
        try (Reader lines = new InputStreamReader(settings.consumerMailDomains().getInputStream(),
                StandardCharsets.UTF_8)) {
            return ConsumerMailDomains.fromLines(lines);
        }
    }

    @Bean
    ProfileVerification profileVerification(PartnerNetworkDirectory directory, Markets markets,
            ConsumerMailDomains consumerMailDomains, TenantClaims tenantClaims) {
        return new ProfileVerification(directory, markets, consumerMailDomains, tenantClaims);
    }

}
