package csp.enrollment.localstack.faults;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import csp.enrollment.localstack.SampleApplications;
import csp.enrollment.localstack.faults.HostileRequest.Service;

/**
 * The catalogue of malformed and hostile requests: each a valid application (or operator
 * request) with one thing broken, so a refusal can only be for that thing. Every
 * application here carries the marker MPN ID and tenant, by which the scenario checks
 * that none was stored.
 */
final class HostileRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String APPLICATIONS = "/api/enrollments";

    private static final String JSON_TYPE = "Content-Type: application/json";

    private static final String TOMCAT = "Tomcat refuses it before Spring MVC, with its own text/html error page";

    private final String mpnId;

    private final String tenantId;

    private final String usedKey;

    private final List<HostileRequest> requests = new ArrayList<>();

    /**
     * @param mpnId the marker MPN ID: no membership, report or enrollment may exist for
     * it afterwards
     * @param tenantId the marker tenant
     * @param usedKey an Idempotency-Key already used for another, accepted application
     */
    private HostileRequests(String mpnId, String tenantId, String usedKey) {
        this.mpnId = mpnId;
        this.tenantId = tenantId;
        this.usedKey = usedKey;
    }

    static List<HostileRequest> all(String mpnId, String tenantId, String usedKey) {
        var catalogue = new HostileRequests(mpnId, tenantId, usedKey);
        catalogue.malformedJson();
        catalogue.wrongTypes();
        catalogue.unknownValuesAndMissingFields();
        catalogue.hostileText();
        catalogue.hugeAndOddNumbers();
        catalogue.sizeAndContentType();
        catalogue.idempotencyKeys();
        catalogue.methodsAndPaths();
        catalogue.otherServices();
        return List.copyOf(catalogue.requests);
    }

    /**
     * The base application, valid as it is: {@code HostileRequestScenario} checks that
     * first.
     */
    static String validApplication(String mpnId, String tenantId) {
        return SampleApplications.directBill(mpnId, tenantId, "hostile-" + mpnId + "@contoso.nl", "350000.00");
    }

    private void malformedJson() {
        String valid = validApplication(mpnId, tenantId);
        post("truncated JSON", text(valid.substring(0, valid.length() / 2)), 400);
        post("missing closing brace", text(valid.trim().substring(0, valid.trim().length() - 1)), 400);
        post("single-quoted JSON", text(valid.replace('"', '\'')), 400);
        post("trailing garbage after the object", text(valid + "}}"), 400);
        post("two objects in one body", text(valid + valid), 400);
        post("a JSON array, not an object", text("[" + valid + "]"), 400);
        post("a JSON string, not an object", text("\"DIRECT_BILL\""), 400);
        post("JSON null", text("null"), 400);
        post("empty body", new byte[0], 400);
        post("3,000 nested arrays", text("[".repeat(3000) + "]".repeat(3000)), 400);
        post("duplicate key", text("{\"mpnId\": \"4412345\", " + valid.trim().substring(1)), 400);
        post("NaN as a revenue", text(valid.replace("350000.00", "NaN")), 400);
        byte[] badUtf8 = text(valid.replace("Contoso Cloud B.V.", "Contoso XX"));
        String asText = new String(badUtf8, StandardCharsets.ISO_8859_1);
        int at = asText.indexOf("XX");
        badUtf8[at] = (byte) 0xC3;
        badUtf8[at + 1] = (byte) 0x28;
        post("invalid UTF-8 in a name", badUtf8, 400);
    }

    private void wrongTypes() {
        post("mpnId as a number", app(a -> a.put("mpnId", 4412345)), 400);
        post("company as a string", app(a -> a.put("company", "Contoso")), 400);
        post("admin as an array", app(a -> a.putArray("admin").add("Sanne")), 400);
        post("revenue as a string", app(a -> directBill(a).put("cspCloudRevenueTtmUsd", "350000.00")), 400);
        post("a yes/no as a string", app(a -> directBill(a).put("hasSigningAuthority", "yes")), 400);
        post("managed services as a string", app(a -> directBill(a).put("managedServices", "all of them")), 400);
        post("a number among managed services", app(a -> directBill(a).putArray("managedServices").add(42)), 400);
        post("enrollmentType as a number", app(a -> a.put("enrollmentType", 1)), 400);
    }

    private void unknownValuesAndMissingFields() {
        post("unknown enrollmentType", app(a -> a.put("enrollmentType", "PLATINUM_PARTNER")), 400);
        post("unknown country code", app(a -> address(a).put("countryCode", "XX")), 400);
        post("invalid language tag", app(a -> ((ObjectNode) a.get("admin")).put("preferredLanguage", "en_!!")), 400);
        post("empty object", text("{}"), 400);
        post("no company", app(a -> a.remove("company")), 400);
        post("no address", app(a -> ((ObjectNode) a.get("company")).remove("address")), 400);
        post("no bank", app(a -> a.remove("bank")), 400);
        post("no admin", app(a -> a.remove("admin")), 400);
        post("no admin e-mail", app(a -> ((ObjectNode) a.get("admin")).remove("workEmail")), 400);
        post("postal code null", app(a -> address(a).putNull("postalCode")), 400);
        post("direct bill without its declarations", app(a -> a.remove("directBill")), 400);
        post("indirect reseller with direct bill declarations", app(a -> a.put("enrollmentType", "INDIRECT_RESELLER")),
                400);
        post("bank without IBAN or account number", app(a -> bank(a).remove("iban")), 400);
        post("account number without routing number",
                app(a -> bank(a).put("accountNumber", "000123456789").remove("iban")), 400);
        post("MPN ID of 5 digits", app(a -> a.put("mpnId", "44123")), 400);
        post("MPN ID of 11 digits", app(a -> a.put("mpnId", "44123456789")), 400);
        post("tenant that is no UUID", app(a -> a.put("tenantId", "not-a-tenant")), 400);
        post("e-mail that is no address", app(a -> ((ObjectNode) a.get("admin")).put("workEmail", "sanne at contoso")),
                400);
        post("IBAN with a wrong check digit", app(a -> bank(a).put("iban", "NL92ABNA0417164300")), 400);
        post("IBAN of the wrong length", app(a -> bank(a).put("iban", "NL91ABNA041716430")), 400);
    }

    private void hostileText() {
        post("CR/LF and a Bcc header in the first name",
                app(a -> admin(a).put("firstName", "Sanne\r\nBcc: everyone@attacker.example")), 400);
        post("LF in the last name", app(a -> admin(a).put("lastName", "de\nVries")), 400);
        post("CR/LF in the company name",
                app(a -> ((ObjectNode) a.get("company")).put("legalName", "Contoso\r\nSubject: pwned")), 400);
        post("CR/LF in the e-mail address",
                app(a -> admin(a).put("workEmail", "sanne@contoso.nl\r\nBcc: everyone@attacker.example")), 400);
        post("right-to-left override in a name", app(a -> admin(a).put("lastName", "de \u202EseirV")), 400);
        post("NUL in the city", app(a -> address(a).put("city", "Amster\u0000dam")), 400);
        post("script tag as the MPN ID", app(a -> a.put("mpnId", "<script>alert(1)</script>")), 400);
        post("script tag as the country code", app(a -> address(a).put("countryCode", "<script>")), 400);
        post("script tag as the e-mail address",
                app(a -> admin(a).put("workEmail", "<script>alert(1)</script>@contoso.nl")), 400);
        post("script tag as the enrollment type", app(a -> a.put("enrollmentType", "<script>alert(1)</script>")), 400);
        post("script tag as the language", app(a -> admin(a).put("preferredLanguage", "<script>")), 400);
        post("a 101-character first name", app(a -> admin(a).put("firstName", "S".repeat(101))), 400);
        post("a 60,000-character company name",
                app(a -> ((ObjectNode) a.get("company")).put("legalName", "C".repeat(60_000))), 400);
    }

    private void hugeAndOddNumbers() {
        String valid = validApplication(mpnId, tenantId);
        post("revenue 1e999999", text(valid.replace("350000.00", "1e999999")), 400);
        post("revenue with a hundred digits", text(valid.replace("350000.00", "9".repeat(100))), 400);
        post("revenue 10^15 (past decimal(14,2))",
                app(a -> directBill(a).put("cspCloudRevenueTtmUsd", new BigDecimal("1000000000000000.00"))), 400);
        post("revenue with three decimals",
                app(a -> directBill(a).put("cspCloudRevenueTtmUsd", new BigDecimal("350000.001"))), 400);
        post("negative revenue", app(a -> directBill(a).put("cspCloudRevenueTtmUsd", new BigDecimal("-1.00"))), 400);
    }

    private void sizeAndContentType() {
        String padded = "{\"padding\": \"" + "x".repeat(70 * 1024) + "\"}";
        post("70 KiB body", text(padded), 413);
        requests.add(request(Service.INTAKE, "70 KiB body, chunked", "POST", APPLICATIONS, List.of(JSON_TYPE),
                text(padded), 413)
            .chunkedBody());
        byte[] valid = text(validApplication(mpnId, tenantId));
        requests.add(request(Service.INTAKE, "Content-Type text/plain", "POST", APPLICATIONS,
                List.of("Content-Type: text/plain"), valid, 415));
        requests.add(request(Service.INTAKE, "no Content-Type", "POST", APPLICATIONS, List.of(), valid, 415));
        requests.add(request(Service.INTAKE, "Content-Type application/xml", "POST", APPLICATIONS,
                List.of("Content-Type: application/xml"), text("<application><mpnId>4412345</mpnId></application>"),
                415));
        requests.add(request(Service.INTAKE, "form-encoded body", "POST", APPLICATIONS,
                List.of("Content-Type: application/x-www-form-urlencoded"),
                text("mpnId=4412345&enrollmentType=DIRECT_BILL"), 415));
        requests.add(request(Service.INTAKE, "multipart body", "POST", APPLICATIONS,
                List.of("Content-Type: multipart/form-data; boundary=x"),
                text("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n"), 415));
    }

    private void idempotencyKeys() {
        byte[] valid = text(validApplication(mpnId, tenantId));
        requests.add(request(Service.INTAKE, "empty Idempotency-Key", "POST", APPLICATIONS,
                List.of(JSON_TYPE, "Idempotency-Key: "), valid, 400));
        requests.add(request(Service.INTAKE, "129-character Idempotency-Key", "POST", APPLICATIONS,
                List.of(JSON_TYPE, "Idempotency-Key: " + "k".repeat(129)), valid, 400));
        requests.add(request(Service.INTAKE, "non-ASCII Idempotency-Key", "POST", APPLICATIONS,
                List.of(JSON_TYPE, "Idempotency-Key: cl\u00e9-\u00e9t\u00e9"), valid, 400));
        requests.add(request(Service.INTAKE, "Idempotency-Key with a tab", "POST", APPLICATIONS,
                List.of(JSON_TYPE, "Idempotency-Key: key\twith-tab"), valid, 400));
        requests.add(request(Service.INTAKE, "Idempotency-Key reused for another application", "POST", APPLICATIONS,
                List.of(JSON_TYPE, "Idempotency-Key: " + usedKey), valid, 409));
    }

    private void methodsAndPaths() {
        String someId = UUID.randomUUID().toString();
        requests.add(request(Service.INTAKE, "PUT on the collection", "PUT", APPLICATIONS, List.of(JSON_TYPE),
                text(validApplication(mpnId, tenantId)), 405));
        requests.add(request(Service.INTAKE, "DELETE an enrollment", "DELETE", APPLICATIONS + "/" + someId, List.of(),
                null, 405));
        requests.add(request(Service.INTAKE, "PATCH an enrollment", "PATCH", APPLICATIONS + "/" + someId,
                List.of(JSON_TYPE), text("{\"status\": \"VERIFIED\"}"), 405));
        requests.add(request(Service.INTAKE, "POST to an enrollment", "POST", APPLICATIONS + "/" + someId,
                List.of(JSON_TYPE), text(validApplication(mpnId, tenantId)), 405));
        requests.add(request(Service.INTAKE, "misspelt path", "GET", "/api/enrolments", List.of(), null, 404));
        requests.add(request(Service.INTAKE, "unknown enrollment", "GET", APPLICATIONS + "/" + someId, List.of(), null,
                404));
        requests.add(request(Service.INTAKE, "enrollment id that is no UUID", "GET", APPLICATIONS + "/1%20OR%201=1",
                List.of(), null, 404));
        requests.add(request(Service.INTAKE, "invalid percent-encoding in the path", "GET", APPLICATIONS + "/%zz",
                List.of(), null, 400)
            .known(TOMCAT));
        requests.add(request(Service.INTAKE, "encoded path traversal", "GET", APPLICATIONS + "/..%2F..%2Fetc%2Fpasswd",
                List.of(), null, 400)
            .known(TOMCAT));
        requests.add(
                request(Service.INTAKE, "encoded NUL in the path", "GET", APPLICATIONS + "/a%00b", List.of(), null, 400)
                    .known(TOMCAT));
        requests.add(request(Service.INTAKE, "raw script tag in the path", "GET",
                APPLICATIONS + "/<script>alert(1)</script>", List.of(), null, 400)
            .known(TOMCAT));
        requests.add(request(Service.INTAKE, "10,000-character path", "GET", APPLICATIONS + "/" + "a".repeat(10_000),
                List.of(), null, 0)
            .known(TOMCAT));
        requests.add(request(Service.INTAKE, "TRACE", "TRACE", APPLICATIONS, List.of(), null, 405)
            .known("Spring Boot's /error answers TRACE with application/json, not a problem document"));
    }

    private void otherServices() {
        String membership = "/api/partner-network/memberships/" + mpnId;
        requests.add(request(Service.VERIFICATION, "membership: malformed JSON", "PUT", membership, List.of(JSON_TYPE),
                text("{\"status\": "), 400));
        requests.add(request(Service.VERIFICATION, "membership: unknown status", "PUT", membership, List.of(JSON_TYPE),
                text("{\"status\": \"MAYBE\", \"countryCode\": \"NL\"}"), 400));
        requests.add(request(Service.VERIFICATION, "membership: a country name, not a code", "PUT", membership,
                List.of(JSON_TYPE), text("{\"status\": \"ACTIVE\", \"countryCode\": \"Netherlands\"}"), 400));
        requests.add(request(Service.VERIFICATION, "membership: script tag as the MPN ID", "PUT",
                "/api/partner-network/memberships/%3Cscript%3E", List.of(JSON_TYPE),
                text("{\"status\": \"ACTIVE\", \"countryCode\": \"NL\"}"), 400));
        requests.add(request(Service.VERIFICATION, "membership: text/plain", "PUT", membership,
                List.of("Content-Type: text/plain"), text("ACTIVE"), 415));
        requests.add(request(Service.VERIFICATION, "membership: no status", "PUT", membership, List.of(JSON_TYPE),
                text("{\"countryCode\": \"NL\"}"), 400));
        String decision = "/api/reviews/" + UUID.randomUUID() + "/decision";
        requests.add(request(Service.VERIFICATION, "review: malformed JSON", "POST", decision, List.of(JSON_TYPE),
                text("{\"decision\": "), 400));
        requests.add(request(Service.VERIFICATION, "review: unknown decision", "POST", decision, List.of(JSON_TYPE),
                text("{\"decision\": \"MAYBE\", \"reason\": \"x\"}"), 0));
        requests.add(request(Service.VERIFICATION, "review: unknown enrollment", "POST", decision, List.of(JSON_TYPE),
                text("{\"decision\": \"APPROVE\", \"reason\": \"x\"}"), 404));

        String report = "/api/credit-bureau/reports/" + mpnId;
        requests.add(request(Service.CREDIT_CHECK, "bureau report: score 101", "PUT", report, List.of(JSON_TYPE),
                text("{\"score\": 101}"), 400));
        requests.add(request(Service.CREDIT_CHECK, "bureau report: negative score", "PUT", report, List.of(JSON_TYPE),
                text("{\"score\": -1}"), 400));
        requests.add(request(Service.CREDIT_CHECK, "bureau report: score as a word", "PUT", report, List.of(JSON_TYPE),
                text("{\"score\": \"high\"}"), 400));
        requests.add(request(Service.CREDIT_CHECK, "bureau report: malformed JSON", "PUT", report, List.of(JSON_TYPE),
                text("{\"score\": "), 400));
        requests.add(request(Service.CREDIT_CHECK, "bureau report: huge score", "PUT", report, List.of(JSON_TYPE),
                text("{\"score\": 1e999999}"), 400));
        requests.add(request(Service.CREDIT_CHECK, "bureau availability: a word", "PUT",
                "/api/credit-bureau/availability", List.of(JSON_TYPE), text("{\"available\": \"maybe\"}"), 400));
        requests.add(request(Service.CREDIT_CHECK, "bureau availability: missing", "PUT",
                "/api/credit-bureau/availability", List.of(JSON_TYPE), text("{}"), 400));
        requests.add(request(Service.CREDIT_CHECK, "bureau availability: text/plain", "PUT",
                "/api/credit-bureau/availability", List.of("Content-Type: text/plain"), text("false"), 415));

        requests.add(request(Service.NOTIFICATION, "e-mails without an enrollment id", "GET", "/api/notifications",
                List.of(), null, 400));
        requests.add(request(Service.NOTIFICATION, "POST an e-mail", "POST", "/api/notifications", List.of(JSON_TYPE),
                text("{\"to\": \"everyone@attacker.example\"}"), 405));
        requests.add(request(Service.NOTIFICATION, "preview of an unknown template", "GET",
                "/api/notifications/preview/%3Cscript%3E", List.of(), null, 0));
        requests.add(request(Service.NOTIFICATION, "preview in an unknown language", "GET",
                "/api/notifications/preview/profile-rejected?lang=xx", List.of(), null, 400));
    }

    private void post(String name, byte[] body, int expectedStatus) {
        requests.add(request(Service.INTAKE, name, "POST", APPLICATIONS, List.of(JSON_TYPE), body, expectedStatus));
    }

    private static HostileRequest request(Service service, String name, String method, String path,
            List<String> headers, byte[] body, int expectedStatus) {
        return new HostileRequest(service, name, method, path, headers, body, false, expectedStatus, null);
    }

    /** The valid application with {@code change} applied. */
    private byte[] app(Consumer<ObjectNode> change) {
        ObjectNode application = (ObjectNode) JSON.readTree(validApplication(mpnId, tenantId));
        change.accept(application);
        return JSON.writeValueAsBytes(application);
    }

    private static ObjectNode directBill(ObjectNode application) {
        return (ObjectNode) application.get("directBill");
    }

    private static ObjectNode address(ObjectNode application) {
        return (ObjectNode) application.get("company").get("address");
    }

    private static ObjectNode bank(ObjectNode application) {
        return (ObjectNode) application.get("bank");
    }

    private static ObjectNode admin(ObjectNode application) {
        return (ObjectNode) application.get("admin");
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
