package csp.enrollment.verification.profile;

/**
 * Direct bill: the authority to accept and sign legal agreements on behalf of the
 * organization.
 */
public final class SigningAuthorityRule extends DirectBillRule {

    @Override
    Check check(DirectBillDeclaration declaration) {
        return declaration.hasSigningAuthority()
                ? Check.passed(name(), "Can accept and sign legal agreements for the organization.")
                : withoutDeclaration();
    }

    @Override
    Check withoutDeclaration() {
        return Check.failed(name(), ReasonCodes.SIGNING_AUTHORITY_REQUIRED, "directBill.hasSigningAuthority",
                "The authority to accept and sign legal agreements on behalf of the organization is required.");
    }

}
