package csp.enrollment.verification.profile;

/** The Partner Center admin named in the application. */
public record Admin(String firstName, String lastName, String workEmail, String preferredLanguage) {
}
