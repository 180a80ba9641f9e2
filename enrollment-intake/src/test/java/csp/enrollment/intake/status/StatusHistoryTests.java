package csp.enrollment.intake.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatusHistoryTests {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void aLateSubmittedNeverMovesAVerifiedEnrollmentBack() {
        var history = new StatusHistory(
                List.of(entry(EnrollmentStatus.VERIFIED, 2), entry(EnrollmentStatus.SUBMITTED, 0)));
        assertThat(history.current()).isEqualTo(EnrollmentStatus.VERIFIED);
    }

    @Test
    void showsTheHistoryByTimeWhateverTheOrderOfArrival() {
        var history = new StatusHistory(
                List.of(entry(EnrollmentStatus.CREDIT_CHECK_PASSED, 3), entry(EnrollmentStatus.SUBMITTED, 0),
                        entry(EnrollmentStatus.VERIFIED, 2), entry(EnrollmentStatus.IN_REVIEW, 1)));
        assertThat(history.chronological()).extracting(StatusEntry::status)
            .containsExactly(EnrollmentStatus.SUBMITTED, EnrollmentStatus.IN_REVIEW, EnrollmentStatus.VERIFIED,
                    EnrollmentStatus.CREDIT_CHECK_PASSED);
        assertThat(history.current()).isEqualTo(EnrollmentStatus.CREDIT_CHECK_PASSED);
    }

    @Test
    void currentStatusIsTheFurthestAlongEvenWithAnEarlierTimestamp() {
        // Clocks of different services disagree: a credit check may be stamped before the
        // verification.
        var history = new StatusHistory(
                List.of(entry(EnrollmentStatus.VERIFIED, 5), entry(EnrollmentStatus.CREDIT_CHECK_FAILED, 4)));
        assertThat(history.current()).isEqualTo(EnrollmentStatus.CREDIT_CHECK_FAILED);
    }

    @Test
    void ofTwoStatusesAtTheSameStageTheLaterCounts() {
        var history = new StatusHistory(
                List.of(entry(EnrollmentStatus.REJECTED, 3), entry(EnrollmentStatus.VERIFIED, 2)));
        assertThat(history.current()).isEqualTo(EnrollmentStatus.REJECTED);
    }

    @Test
    void hasNoStatusWithoutEntries() {
        assertThat(new StatusHistory(List.of()).current()).isNull();
    }

    @Test
    void ordersTheStagesAsTheContractDoes() {
        assertThat(EnrollmentStatus.SUBMITTED.stage()).isLessThan(EnrollmentStatus.IN_REVIEW.stage());
        assertThat(EnrollmentStatus.IN_REVIEW.stage()).isLessThan(EnrollmentStatus.VERIFIED.stage());
        assertThat(EnrollmentStatus.VERIFIED.stage()).isEqualTo(EnrollmentStatus.REJECTED.stage());
        assertThat(EnrollmentStatus.VERIFIED.stage()).isLessThan(EnrollmentStatus.CREDIT_CHECK_PASSED.stage());
        assertThat(EnrollmentStatus.CREDIT_CHECK_PASSED.stage())
            .isEqualTo(EnrollmentStatus.CREDIT_CHECK_FAILED.stage());
    }

    private static StatusEntry entry(EnrollmentStatus status, int minutes) {
        return new StatusEntry(status, T0.plusSeconds(60L * minutes), List.of());
    }

}
