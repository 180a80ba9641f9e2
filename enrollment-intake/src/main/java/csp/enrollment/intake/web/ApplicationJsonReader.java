package csp.enrollment.intake.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import csp.enrollment.intake.application.ApplicationForm;
import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.application.ViolationCode;

/**
 * Reads the JSON body of {@code POST /api/enrollments} into an {@link ApplicationForm}
 * leniently: a value of the wrong type becomes a problem naming its field (and the field
 * counts as missing), so every problem of the body can be reported at once instead of the
 * first one Jackson meets. Unknown properties are ignored.
 */
final class ApplicationJsonReader {

    /** Exact amounts, no duplicate keys, nothing after the object. */
    private static final JsonMapper JSON = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();

    /** decimal(14,2): twelve digits before the decimal point. */
    private static final int MAX_INTEGER_DIGITS = 12;

    private final List<Violation> problems = new ArrayList<>();

    private ApplicationJsonReader() {
    }

    /** The form with the problems of reading it. */
    record ReadApplication(ApplicationForm form, List<Violation> problems) {
    }

    /**
     * @throws UnreadableApplicationException if {@code body} is not a JSON object
     */
    static ReadApplication read(byte[] body) {
        JsonNode root = parseObject(body);
        ApplicationJsonReader reader = new ApplicationJsonReader();
        return new ReadApplication(reader.application(root), reader.problems());
    }

    /**
     * A reader of single fields, for the partner's commands: {@link #problems()} collects
     * the wrong types.
     */
    static ApplicationJsonReader lenient() {
        return new ApplicationJsonReader();
    }

    List<Violation> problems() {
        return List.copyOf(problems);
    }

    /**
     * @throws UnreadableApplicationException if {@code body} is not a JSON object
     */
    static JsonNode parseObject(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        }
        catch (JacksonException ex) {
            // The parser's own message may quote the body, bank details included: give
            // the place only.
            var location = ex.getLocation();
            String where = location == null ? ""
                    : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new UnreadableApplicationException(
                    new Violation(null, ViolationCode.MALFORMED_JSON, "the body is not well-formed JSON" + where));
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableApplicationException(
                    new Violation(null, ViolationCode.INVALID_TYPE, "the body must be a JSON object"));
        }
        return root;
    }

    private ApplicationForm application(JsonNode root) {
        return new ApplicationForm(text(root, "enrollmentType", ""), text(root, "mpnId", ""),
                text(root, "tenantId", ""), company(object(root, "company", "")), bank(object(root, "bank", "")),
                admin(object(root, "admin", "")), directBill(object(root, "directBill", "")));
    }

    private ApplicationForm.Company company(JsonNode node) {
        if (node == null) {
            return null;
        }
        String path = "company.";
        return new ApplicationForm.Company(text(node, "legalName", path), address(object(node, "address", path)));
    }

    private ApplicationForm.Address address(JsonNode node) {
        if (node == null) {
            return null;
        }
        String path = "company.address.";
        return new ApplicationForm.Address(text(node, "line1", path), text(node, "line2", path),
                text(node, "city", path), text(node, "stateOrProvince", path), text(node, "postalCode", path),
                text(node, "countryCode", path));
    }

    private ApplicationForm.Bank bank(JsonNode node) {
        if (node == null) {
            return null;
        }
        String path = "bank.";
        return new ApplicationForm.Bank(text(node, "accountHolder", path), text(node, "iban", path),
                text(node, "bic", path), text(node, "accountNumber", path), text(node, "routingNumber", path));
    }

    private ApplicationForm.Admin admin(JsonNode node) {
        if (node == null) {
            return null;
        }
        String path = "admin.";
        return new ApplicationForm.Admin(text(node, "firstName", path), text(node, "lastName", path),
                text(node, "workEmail", path), text(node, "preferredLanguage", path));
    }

    private ApplicationForm.DirectBill directBill(JsonNode node) {
        if (node == null) {
            return null;
        }
        String path = "directBill.";
        return new ApplicationForm.DirectBill(amount(node, "cspCloudRevenueTtmUsd", path),
                amount(node, "perpetualSoftwareRevenueTtmUsd", path), bool(node, "hasSigningAuthority", path),
                bool(node, "providesFirstLevelSupport", path), bool(node, "hasAccountsReceivableInfrastructure", path),
                texts(node, "managedServices", path), bool(node, "supportPlanPurchased", path));
    }

    /** The value of {@code name}, or null when it is absent or JSON null. */
    private static JsonNode value(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : node;
    }

    JsonNode object(JsonNode parent, String name, String path) {
        JsonNode node = value(parent, name);
        if (node != null && !node.isObject()) {
            wrongType(path + name, "an object");
            return null;
        }
        return node;
    }

    String text(JsonNode parent, String name, String path) {
        JsonNode node = value(parent, name);
        if (node != null && !node.isString()) {
            wrongType(path + name, "a string");
            return null;
        }
        return node == null ? null : node.stringValue();
    }

    private BigDecimal amount(JsonNode parent, String name, String path) {
        JsonNode node = value(parent, name);
        if (node != null && !node.isNumber()) {
            wrongType(path + name, "a number");
            return null;
        }
        if (node == null) {
            return null;
        }
        BigDecimal amount = node.decimalValue();
        // Keep cents visible (350000 → 350000.00); more decimals, or an amount too large
        // to be one
        // (1e999999 would expand to a million digits), are left as they are for the rule
        // to refuse.
        boolean plausible = amount.precision() - amount.scale() <= MAX_INTEGER_DIGITS;
        return amount.scale() < 2 && plausible ? amount.setScale(2) : amount;
    }

    private Boolean bool(JsonNode parent, String name, String path) {
        JsonNode node = value(parent, name);
        if (node != null && !node.isBoolean()) {
            wrongType(path + name, "true or false");
            return null;
        }
        return node == null ? null : node.booleanValue();
    }

    private List<String> texts(JsonNode parent, String name, String path) {
        JsonNode node = value(parent, name);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            wrongType(path + name, "an array of strings");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (element.isString()) {
                texts.add(element.stringValue());
            }
            else {
                wrongType(path + name + "[" + i + "]", "a string");
                texts.add(""); // keeps the later entries at their indices
            }
        }
        return texts;
    }

    private void wrongType(String field, String expected) {
        problems.add(new Violation(field, ViolationCode.INVALID_TYPE, "must be " + expected));
    }

}
