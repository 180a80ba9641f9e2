package csp.enrollment.intake.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.application.ViolationCode;

/**
 * The query of {@code GET /api/enrollments}: exactly one of {@code mpnId},
 * {@code tenantId} and {@code adminEmail}, given once, neither blank nor longer than an
 * accepted application's value can be. Read from the raw parameters rather than bound by
 * Spring, which would silently join a repeated parameter with commas. Other parameters
 * are ignored, like unknown properties of a body.
 */
record EnrollmentSearch(By by, String value) {

    enum By {

        MPN_ID("mpnId", 10), TENANT_ID("tenantId", 36), ADMIN_EMAIL("adminEmail", 254);

        final String parameter;

        /**
         * The longest value an application accepts (contract §1): anything longer cannot
         * match.
         */
        final int maxLength;

        By(String parameter, int maxLength) {
            this.parameter = parameter;
            this.maxLength = maxLength;
        }

    }

    private static final String EXACTLY_ONE = "give exactly one of mpnId, tenantId and adminEmail, once";

    /** The search, or the problems of the query (then {@code search} is null). */
    record Read(EnrollmentSearch search, List<Violation> problems) {
    }

    static Read read(Map<String, String[]> parameters) {
        List<By> given = Arrays.stream(By.values()).filter(by -> parameters.containsKey(by.parameter)).toList();
        if (given.isEmpty()) {
            return invalid(List.of(new Violation(null, ViolationCode.REQUIRED, EXACTLY_ONE)));
        }
        if (given.size() > 1 || parameters.get(given.get(0).parameter).length > 1) {
            return invalid(given.stream()
                .map(by -> new Violation(by.parameter, ViolationCode.INVALID_VALUE, EXACTLY_ONE))
                .toList());
        }
        By by = given.get(0);
        String value = parameters.get(by.parameter)[0];
        if (value.isBlank()) {
            return invalid(List.of(new Violation(by.parameter, ViolationCode.REQUIRED, "must not be blank")));
        }
        if (value.length() > by.maxLength) {
            return invalid(List.of(new Violation(by.parameter, ViolationCode.INVALID_VALUE,
                    "must be at most " + by.maxLength + " characters")));
        }
        return new Read(new EnrollmentSearch(by, value), List.of());
    }

    private static Read invalid(List<Violation> problems) {
        return new Read(null, problems);
    }
}
