package csp.enrollment.console.enrollments;

import java.time.Instant;
import java.util.List;

/**
 * An enrollment as enrollment-intake's {@code /api/enrollments/{id}} shows it: bank
 * details masked (last four).
 */
public record Enrollment(String enrollmentId, String enrollmentType, String status, String market, String currency,
        Bank bank, String personalData, List<HistoryEntry> history) {

    public record Bank(String accountLast4) {
    }

    public record HistoryEntry(String status, Instant at, List<Reason> reasons) {
    }

    public record Reason(String code, String message) {
    }
}
