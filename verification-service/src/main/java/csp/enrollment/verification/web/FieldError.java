package csp.enrollment.verification.web;

/**
 * One problem with one field of a request, as listed in a 400 problem's {@code errors}.
 */
public record FieldError(String field, String code, String message) {

    public static FieldError required(String field) {
        return new FieldError(field, "REQUIRED", field + " is required.");
    }

    public static FieldError invalid(String field, String message) {
        return new FieldError(field, "INVALID_VALUE", message);
    }

    public static FieldError tooLong(String field, int maxLength) {
        return new FieldError(field, "TOO_LONG", field + " must be at most " + maxLength + " characters.");
    }
}
