package csp.enrollment.intake.enrollment;

import java.util.List;

import csp.enrollment.intake.completion.RecordedAgreement;
import csp.enrollment.intake.completion.RecordedSupportPlan;
import csp.enrollment.intake.status.EnrollmentStatus;
import csp.enrollment.intake.status.StatusEntry;
import csp.enrollment.intake.status.StatusHistory;

/**
 * What may be shown of an enrollment: its status and history, never its bank details
 * beyond the last four characters of the account.
 *
 * @param market null until {@code ProfileVerified} told it
 * @param accountLast4 null for an enrollment intake knows only from status events, and
 * once erased
 * @param personalDataErased whether the partner's personal data was erased on request
 * @param agreement the accepted agreement, null until accepted
 * @param supportPlan the recorded support plan, null until recorded
 * @param transitionedFrom the direct bill enrollment this one continues, or null
 * @param transitionedTo the indirect reseller enrollment that continues this one, or null
 */
public record EnrollmentDetails(String enrollmentId, String enrollmentType, EnrollmentStatus status, String market,
        String currency, String accountLast4, boolean personalDataErased, List<StatusEntry> history,
        RecordedAgreement agreement, RecordedSupportPlan supportPlan, String transitionedFrom, String transitionedTo) {

    static EnrollmentDetails of(EnrollmentDocument enrollment) {
        StatusHistory history = new StatusHistory(enrollment.history());
        String accountLast4 = enrollment.bank() == null ? null : enrollment.bank().accountLast4();
        return new EnrollmentDetails(enrollment.id(), enrollment.enrollmentType(), history.current(),
                enrollment.market(), enrollment.currency(), accountLast4, enrollment.erasure() != null,
                history.chronological(), enrollment.agreement(), enrollment.supportPlan(),
                enrollment.transitionedFrom(),
                enrollment.transition() == null ? null : enrollment.transition().newEnrollmentId());
    }
}
