package csp.enrollment.intake.completion;

import csp.enrollment.intake.application.EnrollmentType;

/**
 * When an agreement may be accepted (contract.md §8): the indirect reseller terms by an
 * indirect reseller in {@code VERIFIED}, the Microsoft Partner Agreement by a direct bill
 * partner in {@code CREDIT_CHECK_PASSED}. The same agreement again is a repeat, whatever
 * the status now (the first acceptance and its version stand).
 */
public final class AgreementRules {

    private AgreementRules() {
    }

    public static CommandVerdict decide(EnrollmentState enrollment, AgreementType requested) {
        if (enrollment.agreement() != null && enrollment.agreement().agreement() == requested) {
            return CommandVerdict.REPEATED;
        }
        if (requested != AgreementType.requiredFor(enrollment.type())) {
            return CommandVerdict.refused(CommandRefusal.WRONG_AGREEMENT);
        }
        if (enrollment.isFinal()) {
            return CommandVerdict.refused(CommandRefusal.ALREADY_FINAL);
        }
        if (enrollment.status() != EnrollmentState.waitingStatusOf(enrollment.type())) {
            return CommandVerdict.refused(enrollment.type() == EnrollmentType.DIRECT_BILL
                    ? CommandRefusal.CREDIT_CHECK_NOT_PASSED : CommandRefusal.NOT_VERIFIED);
        }
        return CommandVerdict.ALLOWED;
    }

}
