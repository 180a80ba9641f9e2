package csp.enrollment.intake.application;

/**
 * One problem with an application.
 *
 * @param field path of the field concerned, e.g. {@code company.address.postalCode}; null
 * when the problem is not about one field (a body that is not JSON)
 * @param code stable code a client can act on
 * @param message what is wrong, for people; never repeats a submitted bank detail
 */
public record Violation(String field, ViolationCode code, String message) {

    /** Whether this problem concerns {@code path} or a field inside it. */
    boolean concerns(String path) {
        return field != null && (field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "["));
    }
}
