package csp.enrollment.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConflictingNoticesTests {

    /** The only contradicting pairs, each in both orders. */
    private static final Set<Set<Template>> CONTRADICTIONS = Set.of(
            Set.of(Template.PROFILE_REJECTED, Template.INDIRECT_RESELLER_VERIFIED),
            Set.of(Template.PROFILE_REJECTED, Template.DIRECT_BILL_VERIFIED),
            Set.of(Template.PROFILE_REJECTED, Template.CREDIT_CHECK_PASSED),
            Set.of(Template.PROFILE_REJECTED, Template.CREDIT_CHECK_FAILED),
            Set.of(Template.CREDIT_CHECK_PASSED, Template.CREDIT_CHECK_FAILED));

    @Test
    void decidesEveryPairOfEarlierAndIncomingEmail() {
        for (Template earlier : Template.values()) {
            for (Template incoming : Template.values()) {
                boolean contradicts = CONTRADICTIONS.contains(EnumSet.of(earlier, incoming));
                assertThat(ConflictingNotices.conflictWith(incoming, List.of(earlier)).isPresent())
                    .as("%s after %s", incoming, earlier)
                    .isEqualTo(contradicts);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Template.class)
    void conflictsAreSymmetric(Template template) {
        ConflictingNotices.conflictsOf(template)
            .forEach(other -> assertThat(ConflictingNotices.conflictsOf(other)).contains(template));
    }

    @Test
    void theForgedPassedEmailOfIssue13IsContradictedByTheRejection() {
        assertThat(ConflictingNotices.conflictWith(Template.CREDIT_CHECK_PASSED,
                List.of(Template.APPLICATION_RECEIVED, Template.PROFILE_REJECTED)))
            .contains(Template.PROFILE_REJECTED);
        assertThat(ConflictingNotices.conflictWith(Template.CREDIT_CHECK_PASSED,
                List.of(Template.APPLICATION_RECEIVED, Template.DIRECT_BILL_VERIFIED)))
            .isEmpty();
    }

}
