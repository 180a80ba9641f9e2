package csp.enrollment.verification.profile;

import java.util.Locale;
import java.util.Optional;

/**
 * The partner profile to verify, as submitted (bank details only as the IBAN's country).
 *
 * @param companyCountryCode ISO 3166-1 alpha-2 country of the business address
 * @param ibanCountryCode country of the IBAN; null for an account without IBAN
 * @param directBill the direct bill declarations; null for an indirect reseller
 */
public record Profile(
        PartnerModel model,
        String mpnId,
        String legalName,
        String companyCountryCode,
        String ibanCountryCode,
        Admin admin,
        DirectBillDeclaration directBill) {

    public Profile {
        companyCountryCode = upperCase(companyCountryCode);
        ibanCountryCode = upperCase(ibanCountryCode);
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
