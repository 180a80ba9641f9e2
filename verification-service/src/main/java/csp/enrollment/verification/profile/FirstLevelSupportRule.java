package csp.enrollment.verification.profile;

/**
 * Direct bill: the ability to give customers the first level of cloud product support.
 */
public final class FirstLevelSupportRule extends DirectBillRule {

    @Override
    Check check(DirectBillDeclaration declaration) {
        return declaration.providesFirstLevelSupport()
                ? Check.passed(name(), "Provides first-level cloud product support to customers.")
                : withoutDeclaration();
    }

    @Override
    Check withoutDeclaration() {
        return Check.failed(name(), ReasonCodes.FIRST_LEVEL_SUPPORT_REQUIRED, "directBill.providesFirstLevelSupport",
                "The ability to provide the first level of cloud product support to customers is required.");
    }

}
