package csp.enrollment.verification.profile;

/**
 * Direct bill: at least one managed service, IP service or customer solution is
 * recommended (a warning, never a rejection).
 */
public final class ManagedServiceRecommendation extends DirectBillRule {

    @Override
    Check check(DirectBillDeclaration declaration) {
        boolean offersOne = declaration.managedServices()
            .stream()
            .anyMatch(service -> service != null && !service.isBlank());
        return offersOne ? Check.passed(name(), "Offers a managed service, IP service or customer solution.")
                : withoutDeclaration();
    }

    @Override
    Check withoutDeclaration() {
        return Check.warning(name(), ReasonCodes.MANAGED_SERVICE_RECOMMENDED, "directBill.managedServices",
                "We recommend offering at least one managed service, IP service or customer solution.");
    }

}
