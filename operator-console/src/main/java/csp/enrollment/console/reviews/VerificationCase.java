package csp.enrollment.console.reviews;

import java.time.Instant;
import java.util.List;

/**
 * A case as verification-service's {@code /api/verifications/{id}} shows it: the profile,
 * what decided or why it waits for a person, and the review if it has one.
 */
public record VerificationCase(String enrollmentId, String enrollmentType, String mpnId, String legalName,
        String countryCode, String status, String market, String currency, List<Review.Reason> reasons,
        List<Review.Reason> warnings, ReviewState review) {

    /** The review of a case that needed one; {@code decision} null while pending. */
    public record ReviewState(String status, Instant requestedAt, boolean overdue, String decision, String reason,
            String reviewer, Instant decidedAt) {
    }

    public boolean pending() {
        return review != null && "PENDING".equals(review.status());
    }
}
