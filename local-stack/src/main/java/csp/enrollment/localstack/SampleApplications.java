package csp.enrollment.localstack;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import csp.enrollment.events.Address;
import csp.enrollment.events.Admin;
import csp.enrollment.events.BankAccount;
import csp.enrollment.events.Company;
import csp.enrollment.events.DirectBillProfile;
import csp.enrollment.events.EnrollmentApplication;
import csp.enrollment.events.EnrollmentType;

/**
 * Applications for the demo, the end-to-end test and the benchmark: HTTP bodies
 * (contract.md §1) and the same as {@link EnrollmentApplication} records for the
 * {@code enrollment.applications} topic.
 */
public final class SampleApplications {

    private SampleApplications() {
    }

    public static String indirectReseller(String mpnId, String adminEmail) {
        return indirectReseller(mpnId, UUID.randomUUID().toString(), adminEmail);
    }

    public static String indirectReseller(String mpnId, String tenantId, String adminEmail) {
        return """
                {
                  "enrollmentType": "INDIRECT_RESELLER",
                  "mpnId": "%s",
                  "tenantId": "%s",
                  "company": {
                    "legalName": "Fabrikam Reseller B.V.",
                    "address": { "line1": "Stationsplein 1", "line2": null, "city": "Utrecht",
                                 "stateOrProvince": null, "postalCode": "3511 ED", "countryCode": "NL" }
                  },
                  "bank": { "accountHolder": "Fabrikam Reseller B.V.", "iban": "NL91ABNA0417164300", "bic": "ABNANL2A" },
                  "admin": { "firstName": "Daan", "lastName": "Jansen", "workEmail": "%s", "preferredLanguage": "nl" }
                }
                """
            .formatted(mpnId, tenantId, adminEmail);
    }

    public static String directBill(String mpnId, String adminEmail, String revenueUsd) {
        return directBill(mpnId, UUID.randomUUID().toString(), adminEmail, revenueUsd);
    }

    public static String directBill(String mpnId, String tenantId, String adminEmail, String revenueUsd) {
        return """
                {
                  "enrollmentType": "DIRECT_BILL",
                  "mpnId": "%s",
                  "tenantId": "%s",
                  "company": {
                    "legalName": "Contoso Cloud B.V.",
                    "address": { "line1": "Keizersgracht 123", "line2": null, "city": "Amsterdam",
                                 "stateOrProvince": null, "postalCode": "1015 CJ", "countryCode": "NL" }
                  },
                  "bank": { "accountHolder": "Contoso Cloud B.V.", "iban": "NL91ABNA0417164300", "bic": "ABNANL2A" },
                  "admin": { "firstName": "Sanne", "lastName": "de Vries", "workEmail": "%s", "preferredLanguage": "en" },
                  "directBill": {
                    "cspCloudRevenueTtmUsd": %s,
                    "perpetualSoftwareRevenueTtmUsd": 20000.00,
                    "hasSigningAuthority": true,
                    "providesFirstLevelSupport": true,
                    "hasAccountsReceivableInfrastructure": true,
                    "managedServices": ["Managed Microsoft 365 security"],
                    "supportPlanPurchased": false
                  }
                }
                """
            .formatted(mpnId, tenantId, adminEmail, revenueUsd);
    }

    /**
     * Well-formed, but with two mistakes: a wrong IBAN check digit and no postal code.
     */
    public static String invalid(String mpnId, String adminEmail) {
        return indirectReseller(mpnId, adminEmail).replace("NL91ABNA0417164300", "NL92ABNA0417164300")
            .replace("\"postalCode\": \"3511 ED\"", "\"postalCode\": null");
    }

    public static EnrollmentApplication indirectResellerRecord(String mpnId, String tenantId, String adminEmail) {
        return record(EnrollmentType.INDIRECT_RESELLER, mpnId, tenantId, adminEmail, null);
    }

    public static EnrollmentApplication directBillRecord(String mpnId, String tenantId, String adminEmail,
            String revenueUsd) {
        var directBill = DirectBillProfile.newBuilder()
            .setCspCloudRevenueTtmUsd(new BigDecimal(revenueUsd))
            .setPerpetualSoftwareRevenueTtmUsd(new BigDecimal("20000.00"))
            .setHasSigningAuthority(true)
            .setProvidesFirstLevelSupport(true)
            .setHasAccountsReceivableInfrastructure(true)
            .setManagedServices(List.of("Managed Microsoft 365 security"))
            .setSupportPlanPurchased(false)
            .build();
        return record(EnrollmentType.DIRECT_BILL, mpnId, tenantId, adminEmail, directBill);
    }

    private static EnrollmentApplication record(EnrollmentType type, String mpnId, String tenantId, String adminEmail,
            DirectBillProfile directBill) {
        return EnrollmentApplication.newBuilder()
            .setIdempotencyKey(null)
            .setSource("local-stack")
            .setEnrollmentType(type)
            .setMpnId(mpnId)
            .setTenantId(tenantId)
            .setCompany(Company.newBuilder()
                .setLegalName("Adatum Cloud B.V.")
                .setAddress(Address.newBuilder()
                    .setLine1("Coolsingel 40")
                    .setCity("Rotterdam")
                    .setPostalCode("3011 AD")
                    .setCountryCode("NL")
                    .build())
                .build())
            .setBank(BankAccount.newBuilder()
                .setAccountHolder("Adatum Cloud B.V.")
                .setIban("NL91ABNA0417164300")
                .setBic("ABNANL2A")
                .build())
            .setAdmin(Admin.newBuilder()
                .setFirstName("Ruben")
                .setLastName("Bakker")
                .setWorkEmail(adminEmail)
                .setPreferredLanguage("nl")
                .build())
            .setDirectBill(directBill)
            .build();
    }

}
