package csp.enrollment.verification.profile;

import java.util.Locale;
import java.util.Optional;

/**
 * The partner profile to verify, as submitted (bank details only as the IBAN's country).
 *
 * @param companyCountryCode ISO 3166-1 alpha-2 country of the business address
 * @param ibanCountryCode country of the IBAN; null for an account without IBAN
 * @param directBill the direct bill declarations; null for an indirect reseller
 * @param tenantId the Microsoft Entra (Azure AD) tenant used for CSP transactions, in
 * lower case; one CSP enrollment per tenant ({@link OneEnrollmentPerTenantRule})
 * @param transitionedFrom the direct bill enrollment this indirect reseller enrollment
 * continues after a transition (contract §9); null for an application
 */
public record Profile(PartnerModel model, String mpnId, String legalName, String companyCountryCode,
        String ibanCountryCode, Admin admin, DirectBillDeclaration directBill, String tenantId,
        String transitionedFrom) {

    public Profile {
        companyCountryCode = upperCase(companyCountryCode);
        ibanCountryCode = upperCase(ibanCountryCode);
        tenantId = tenantId == null || tenantId.isBlank() ? null : tenantId.trim().toLowerCase(Locale.ROOT);
        transitionedFrom = transitionedFrom == null || transitionedFrom.isBlank() ? null : transitionedFrom.trim();
    }

    /**
     * Whether this enrollment continues a direct bill enrollment after a transition
     * (contract §9).
     */
    public boolean isTransition() {
        return transitionedFrom != null;
    }

    public boolean isDirectBill() {
        return model == PartnerModel.DIRECT_BILL;
    }

    public Optional<DirectBillDeclaration> directBillDeclaration() {
        return Optional.ofNullable(directBill);
    }

    private static String upperCase(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
