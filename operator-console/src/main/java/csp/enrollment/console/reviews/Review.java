package csp.enrollment.console.reviews;

import java.time.Instant;
import java.util.List;

/**
 * A review as verification-service's {@code /api/reviews} shows it (no bank details: it
 * holds none).
 */
public record Review(String enrollmentId, String enrollmentType, String mpnId, String legalName, String countryCode,
        String market, List<Reason> reasons, List<Reason> warnings, String status, Instant requestedAt, boolean overdue,
        String decision, String reason, String reviewer, Instant decidedAt) {

    /** A reason or warning: its code and the words the pipeline wrote for it. */
    public record Reason(String code, String message, String field) {
    }
}
