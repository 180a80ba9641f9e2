package csp.enrollment.verification.profile;

/**
 * Direct bill: a Microsoft support plan (ASfP or PSfP) must be bought only after the
 * credit check passed. One bought already does not block the enrollment; the partner is
 * told.
 */
public final class SupportPlanTimingWarning extends DirectBillRule {

    @Override
    Check check(DirectBillDeclaration declaration) {
        if (declaration.supportPlanPurchased()) {
            return Check.warning(name(), ReasonCodes.SUPPORT_PLAN_BEFORE_CREDIT_CHECK,
                    "directBill.supportPlanPurchased",
                    "A Microsoft support plan was bought before the credit check passed; buy a support plan only after we tell you the credit check passed.");
        }
        return Check.passed(name(), "No support plan bought before the credit check.");
    }

    @Override
    Check withoutDeclaration() {
        return Check.notApplicable(name(), "No direct bill declarations.");
    }

}
