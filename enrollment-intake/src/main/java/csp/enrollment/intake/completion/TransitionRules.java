package csp.enrollment.intake.completion;

import java.util.EnumSet;
import java.util.Set;

import csp.enrollment.intake.application.EnrollmentType;
import csp.enrollment.intake.status.EnrollmentStatus;

/**
 * When a direct bill enrollment may move to the indirect reseller model (contract.md §9):
 * in {@code ENROLLED} or {@code CREDIT_CHECK_FAILED}, while its personal data is stored
 * (the new enrollment is made of it). Once moved, asking again is a repeat that names the
 * same new enrollment.
 */
public final class TransitionRules {

    /**
     * The statuses a direct bill enrollment may leave for the indirect reseller model.
     */
    public static final Set<EnrollmentStatus> FROM = EnumSet.of(EnrollmentStatus.ENROLLED,
            EnrollmentStatus.CREDIT_CHECK_FAILED);

    private TransitionRules() {
    }

    public static CommandVerdict decide(EnrollmentState enrollment) {
        if (enrollment.transition() != null) {
            return CommandVerdict.REPEATED;
        }
        if (enrollment.type() != EnrollmentType.DIRECT_BILL || !FROM.contains(enrollment.status())
                || enrollment.personalDataErased()) {
            return CommandVerdict.refused(CommandRefusal.TRANSITION_NOT_ALLOWED);
        }
        return CommandVerdict.ALLOWED;
    }

}
