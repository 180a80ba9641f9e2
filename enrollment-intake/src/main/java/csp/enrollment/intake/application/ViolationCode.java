package csp.enrollment.intake.application;

/**
 * The codes of {@link Violation}: the same in the HTTP 400 answer and in
 * {@code ApplicationRejected}.
 */
public enum ViolationCode {

    /** A required field is missing, null or blank. */
    REQUIRED("a required field is missing, null or blank"),
    /**
     * A field that must be absent for this application, e.g. directBill for an indirect
     * reseller.
     */
    NOT_ALLOWED("the field must be absent for this application"),
    /** The JSON value has the wrong type, e.g. a number where a string is expected. */
    INVALID_TYPE("the JSON value has the wrong type"),
    /** The value is not one of the allowed values or out of range. */
    INVALID_VALUE("the value is not one of the allowed values or is out of range"),
    /**
     * The value does not have the required syntax (MPN ID, UUID, e-mail, language tag,
     * ...).
     */
    INVALID_FORMAT("the value does not have the required syntax"),
    /** The value is longer than allowed. */
    TOO_LONG("the value is longer than allowed"),
    /** The text contains a line break or another control character. */
    CONTROL_CHARACTERS("the text contains a line break or another control character"),
    /** Not an ISO 3166-1 alpha-2 country code. */
    INVALID_COUNTRY("not an ISO 3166-1 alpha-2 country code"),
    /**
     * The IBAN fails the ISO 13616 check: characters, its country's length or the mod-97
     * check digits.
     */
    INVALID_IBAN("the IBAN fails the ISO 13616 check (characters, country length, mod-97 check digits)"),
    /** Kafka only: the idempotency key was already used for a different application. */
    IDEMPOTENCY_KEY_REUSED("the idempotency key was already used for a different application"),
    /** HTTP only: the body is not well-formed JSON. */
    MALFORMED_JSON("the body is not well-formed JSON");

    private final String description;

    ViolationCode(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

}
