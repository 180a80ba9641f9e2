package csp.enrollment.console.enrollments;

import java.time.Instant;

/**
 * An e-mail of an enrollment, as notification-service lists it: no address or body is
 * shown.
 */
public record Email(String template, String language, String status, Instant createdAt, Instant sentAt) {
}
