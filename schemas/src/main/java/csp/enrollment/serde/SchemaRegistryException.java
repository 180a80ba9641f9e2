package csp.enrollment.serde;

/** A schema registry failure with the Confluent error code the REST API would answer. */
public class SchemaRegistryException extends RuntimeException {

    /** The subject has no version. */
    public static final int SUBJECT_NOT_FOUND = 40401;

    /** The subject has no such version. */
    public static final int VERSION_NOT_FOUND = 40402;

    /** No schema with that id, or the schema is not registered under the subject. */
    public static final int SCHEMA_NOT_FOUND = 40403;

    /** The schema breaks the subject's compatibility rule. */
    public static final int INCOMPATIBLE_SCHEMA = 409;

    /** The schema text is not a valid Avro schema. */
    public static final int INVALID_SCHEMA = 42201;

    /** The registry is unreachable or failed internally. */
    public static final int UNREACHABLE_OR_INTERNAL = 50001;

    private final int errorCode;

    public SchemaRegistryException(int errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public SchemaRegistryException(int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    /** Confluent's error code, e.g. 40403; its first three digits are the HTTP status. */
    public int errorCode() {
        return errorCode;
    }

    /**
     * The HTTP status Confluent answers with this error: the code's first three digits.
     */
    public int httpStatus() {
        String digits = Integer.toString(errorCode);
        return digits.length() > 3 ? Integer.parseInt(digits.substring(0, 3)) : errorCode;
    }

}
