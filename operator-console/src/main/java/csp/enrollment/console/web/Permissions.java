package csp.enrollment.console.web;

import org.springframework.security.core.Authentication;

/**
 * What the logged-in person's scopes let them do; pages show only those actions (the APIs
 * check again).
 */
public record Permissions(boolean readReviews, boolean decideReviews, boolean readEnrollments, boolean readDirectory,
        boolean editDirectory, boolean replay) {

    static Permissions of(Authentication person) {
        if (person == null) {
            return new Permissions(false, false, false, false, false, false);
        }
        boolean editDirectory = has(person, "directory.write");
        return new Permissions(has(person, "reviews.read"), has(person, "reviews.write"),
                has(person, "enrollments.read"), editDirectory || has(person, "reviews.read"), editDirectory,
                has(person, "operations.write"));
    }

    private static boolean has(Authentication person, String scope) {
        return person.getAuthorities()
            .stream()
            .anyMatch(authority -> ("SCOPE_" + scope).equals(authority.getAuthority()));
    }
}
