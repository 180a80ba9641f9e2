package csp.enrollment.intake.status;

import static csp.enrollment.intake.status.EnrollmentStatus.CREDIT_CHECK_FAILED;
import static csp.enrollment.intake.status.EnrollmentStatus.CREDIT_CHECK_PASSED;
import static csp.enrollment.intake.status.EnrollmentStatus.IN_REVIEW;
import static csp.enrollment.intake.status.EnrollmentStatus.REJECTED;
import static csp.enrollment.intake.status.EnrollmentStatus.SUBMITTED;
import static csp.enrollment.intake.status.EnrollmentStatus.VERIFIED;
import static csp.enrollment.intake.status.StatusTransitions.DIRECT_BILL;
import static csp.enrollment.intake.status.StatusTransitions.INDIRECT_RESELLER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import csp.enrollment.intake.status.StatusTransitions.Outcome;

class StatusTransitionsTests {

    private static final String A = "APPLIED";

    private static final String L = "LATE";

    private static final String R = "REFUSED";

    /**
     * Every pair for a direct bill enrollment: a row is the one status stored, a column
     * the incoming one. Columns: SUBMITTED, IN_REVIEW, VERIFIED, REJECTED,
     * CREDIT_CHECK_PASSED, CREDIT_CHECK_FAILED, ENROLLED, TRANSITIONED.
     */
    private static final String[][] DIRECT_BILL_TABLE = { /* SUBMITTED */ { L, A, A, A, A, A, A, A },
            /* IN_REVIEW */ { L, L, A, A, A, A, A, A }, /* VERIFIED */ { L, L, L, R, A, A, A, A },
            /* REJECTED */ { L, L, R, L, R, R, R, R }, /* CREDIT_CHECK_PASSED */ { L, L, L, R, L, R, A, A },
            /* CREDIT_CHECK_FAILED */ { L, L, L, R, R, L, R, A }, /* ENROLLED */ { L, L, L, R, L, R, L, A },
            /* TRANSITIONED */ { L, L, L, R, L, L, L, L }, };

    /**
     * The same for an indirect reseller enrollment: no credit-check result is ever taken.
     */
    private static final String[][] INDIRECT_RESELLER_TABLE = { /* SUBMITTED */ { L, A, A, A, R, R, A, A },
            /* IN_REVIEW */ { L, L, A, A, R, R, A, A }, /* VERIFIED */ { L, L, L, R, R, R, A, A },
            /* REJECTED */ { L, L, R, L, R, R, R, R }, /* CREDIT_CHECK_PASSED */ { L, L, L, R, R, R, A, A },
            /* CREDIT_CHECK_FAILED */ { L, L, L, R, R, R, R, A }, /* ENROLLED */ { L, L, L, R, R, R, L, A },
            /* TRANSITIONED */ { L, L, L, R, R, R, L, L }, };

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (EnrollmentStatus stored : EnrollmentStatus.values()) {
            for (EnrollmentStatus incoming : EnrollmentStatus.values()) {
                pairs.add(Arguments.of(DIRECT_BILL, stored, incoming,
                        DIRECT_BILL_TABLE[stored.ordinal()][incoming.ordinal()]));
                pairs.add(Arguments.of(INDIRECT_RESELLER, stored, incoming,
                        INDIRECT_RESELLER_TABLE[stored.ordinal()][incoming.ordinal()]));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0}: {2} after {1} is {3}")
    @MethodSource("everyPair")
    void decidesEveryPairOfStoredAndIncomingStatus(String type, EnrollmentStatus stored, EnrollmentStatus incoming,
            String expected) {
        var decision = StatusTransitions.decide(type, List.of(stored), eventTypeOf(incoming, type), incoming);

        assertThat(decision.outcome()).isEqualTo(Outcome.valueOf(expected));
        assertThat(decision.reason() != null).isEqualTo(decision.refused());
    }

    @Test
    void theTablesCoverEveryStatus() {
        assertThat(EnrollmentStatus.values()).hasSize(DIRECT_BILL_TABLE.length).hasSize(INDIRECT_RESELLER_TABLE.length);
        assertThat(Stream.concat(Stream.of(DIRECT_BILL_TABLE), Stream.of(INDIRECT_RESELLER_TABLE)))
            .allSatisfy(row -> assertThat(row).hasSize(EnrollmentStatus.values().length));
    }

    /**
     * Whichever of two contradicting events arrives first wins: the verdict cannot depend
     * on the order.
     */
    @ParameterizedTest
    @EnumSource(EnrollmentStatus.class)
    void conflictsAreSymmetric(EnrollmentStatus incoming) {
        for (EnrollmentStatus stored : StatusTransitions.conflictsOf(incoming)) {
            assertThat(StatusTransitions.conflictsOf(stored)).as("%s vs %s", stored, incoming).contains(incoming);
        }
    }

    @Test
    void namesTheRuleInTheReason() {
        assertThat(StatusTransitions.decide(DIRECT_BILL, List.of(SUBMITTED, REJECTED), DIRECT_BILL, CREDIT_CHECK_PASSED)
            .reason()).startsWith("CONFLICTS_WITH_REJECTED").contains("CREDIT_CHECK_PASSED after REJECTED");
        assertThat(StatusTransitions
            .decide(DIRECT_BILL, List.of(VERIFIED, CREDIT_CHECK_FAILED), DIRECT_BILL, CREDIT_CHECK_PASSED)
            .reason()).startsWith("CONFLICTS_WITH_CREDIT_CHECK_FAILED");
        assertThat(StatusTransitions.decide(INDIRECT_RESELLER, List.of(VERIFIED), DIRECT_BILL, CREDIT_CHECK_PASSED)
            .reason()).startsWith("CREDIT_CHECK_NOT_FOR_INDIRECT_RESELLER");
        assertThat(StatusTransitions.decide(DIRECT_BILL, List.of(SUBMITTED), INDIRECT_RESELLER, VERIFIED).reason())
            .startsWith("ENROLLMENT_TYPE_MISMATCH");
    }

    @Test
    void decidesAgainstTheWholeHistoryNotOnlyTheCurrentStatus() {
        // Current status CREDIT_CHECK_PASSED, but a REJECTED is stored too (as before
        // this rule set).
        assertThat(StatusTransitions
            .decide(DIRECT_BILL, List.of(SUBMITTED, REJECTED, CREDIT_CHECK_PASSED), DIRECT_BILL, CREDIT_CHECK_PASSED)
            .outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(StatusTransitions
            .decide(DIRECT_BILL, List.of(SUBMITTED, IN_REVIEW, VERIFIED), DIRECT_BILL, CREDIT_CHECK_PASSED)
            .outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(StatusTransitions
            .decide(DIRECT_BILL, List.of(SUBMITTED, IN_REVIEW, VERIFIED, CREDIT_CHECK_PASSED), DIRECT_BILL, IN_REVIEW)
            .outcome()).isEqualTo(Outcome.LATE);
    }

    /**
     * An enrollment intake does not know: built from its events alone, as before, under
     * the same rules.
     */
    @ParameterizedTest
    @EnumSource(EnrollmentStatus.class)
    void appliesTheFirstEventOfAnUnknownEnrollment(EnrollmentStatus incoming) {
        assertThat(StatusTransitions.decide(null, List.of(), eventTypeOf(incoming, DIRECT_BILL), incoming).outcome())
            .isEqualTo(Outcome.APPLIED);
        assertThat(StatusTransitions.decide(null, List.of(), null, incoming).outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void refusesAnEventOfTheOtherTypeAndAcceptsOneWithoutAType() {
        for (EnrollmentStatus incoming : EnumSet.of(IN_REVIEW, VERIFIED, REJECTED)) {
            assertThat(StatusTransitions.decide(DIRECT_BILL, List.of(SUBMITTED), INDIRECT_RESELLER, incoming).outcome())
                .isEqualTo(Outcome.REFUSED);
            assertThat(StatusTransitions.decide(INDIRECT_RESELLER, List.of(SUBMITTED), DIRECT_BILL, incoming).outcome())
                .isEqualTo(Outcome.REFUSED);
            assertThat(StatusTransitions.decide(INDIRECT_RESELLER, List.of(SUBMITTED), null, incoming).outcome())
                .isEqualTo(Outcome.APPLIED);
        }
    }

    @Test
    void onlyDirectBillEnrollmentsHaveCreditCheckResults() {
        assertThat(StatusTransitions.DIRECT_BILL_ONLY).isEqualTo(Set.of(CREDIT_CHECK_PASSED, CREDIT_CHECK_FAILED));
    }

    /**
     * As StatusEventMapping tells it: a credit-check event is of a direct bill
     * enrollment.
     */
    private static String eventTypeOf(EnrollmentStatus incoming, String enrollmentType) {
        return StatusTransitions.DIRECT_BILL_ONLY.contains(incoming) ? DIRECT_BILL : enrollmentType;
    }

}
