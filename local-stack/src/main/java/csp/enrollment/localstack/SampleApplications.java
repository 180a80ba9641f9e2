package csp.enrollment.localstack;

import java.util.UUID;

/** Application bodies (contract.md §1) for the demo, the end-to-end test and the benchmark. */
final class SampleApplications {

    private SampleApplications() {
    }

    static String indirectReseller(String mpnId, String adminEmail) {
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
                """.formatted(mpnId, UUID.randomUUID(), adminEmail);
    }

    static String directBill(String mpnId, String adminEmail, String revenueUsd) {
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
                """.formatted(mpnId, UUID.randomUUID(), adminEmail, revenueUsd);
    }

    /** Well-formed, but with two mistakes: a wrong IBAN check digit and no postal code. */
    static String invalid(String mpnId, String adminEmail) {
        return indirectReseller(mpnId, adminEmail)
                .replace("NL91ABNA0417164300", "NL92ABNA0417164300")
                .replace("\"postalCode\": \"3511 ED\"", "\"postalCode\": null");
    }
}
