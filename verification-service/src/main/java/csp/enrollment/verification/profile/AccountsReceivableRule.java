package csp.enrollment.verification.profile;

/**
 * Direct bill: the organizational infrastructure to manage customer billing and
 * provisioning.
 */
public final class AccountsReceivableRule extends DirectBillRule {

    @Override
    Check check(DirectBillDeclaration declaration) {
        return declaration.hasAccountsReceivableInfrastructure()
                ? Check.passed(name(), "Has the infrastructure to manage customer billing and provisioning.")
                : withoutDeclaration();
    }

    @Override
    Check withoutDeclaration() {
        return Check.failed(name(), ReasonCodes.ACCOUNTS_RECEIVABLE_REQUIRED,
                "directBill.hasAccountsReceivableInfrastructure",
                "The organizational infrastructure to manage customer billing and provisioning is required.");
    }

}
