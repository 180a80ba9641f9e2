package csp.enrollment.intake.support;

import java.util.UUID;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON bodies for {@code POST /api/enrollments}: the example of contract.md §1, with
 * changes.
 */
public final class Requests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The direct bill example of contract.md §1, verbatim. */
    public static final String CONTRACT_EXAMPLE = """
            {
              "enrollmentType": "DIRECT_BILL",
              "mpnId": "4412345",
              "tenantId": "6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6f",
              "company": {
                "legalName": "Contoso Cloud B.V.",
                "address": { "line1": "Keizersgracht 123", "line2": null, "city": "Amsterdam",
                             "stateOrProvince": null, "postalCode": "1015 CJ", "countryCode": "NL" }
              },
              "bank": { "accountHolder": "Contoso Cloud B.V.", "iban": "NL91ABNA0417164300", "bic": "ABNANL2A" },
              "admin": { "firstName": "Sanne", "lastName": "de Vries",
                         "workEmail": "sanne.devries@contoso.nl", "preferredLanguage": "nl" },
              "directBill": {
                "cspCloudRevenueTtmUsd": 350000.00,
                "perpetualSoftwareRevenueTtmUsd": 20000.00,
                "hasSigningAuthority": true,
                "providesFirstLevelSupport": true,
                "hasAccountsReceivableInfrastructure": true,
                "managedServices": ["Managed Microsoft 365 security"],
                "supportPlanPurchased": false
              }
            }
            """;

    private Requests() {
    }

    /**
     * The contract's example with a tenant id of its own, so a test can find what it
     * caused.
     */
    public static ObjectNode directBill() {
        ObjectNode body = (ObjectNode) JSON.readTree(CONTRACT_EXAMPLE);
        body.put("tenantId", UUID.randomUUID().toString());
        return body;
    }

    public static ObjectNode indirectReseller() {
        ObjectNode body = directBill();
        body.put("enrollmentType", "INDIRECT_RESELLER");
        body.remove("directBill");
        return body;
    }

    public static String with(ObjectNode body, Consumer<ObjectNode> change) {
        change.accept(body);
        return body.toString();
    }

    public static ObjectNode object(ObjectNode body, String path) {
        ObjectNode node = body;
        for (String name : path.split("\\.")) {
            node = (ObjectNode) node.get(name);
        }
        return node;
    }

}
