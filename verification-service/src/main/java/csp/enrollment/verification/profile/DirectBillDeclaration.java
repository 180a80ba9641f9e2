package csp.enrollment.verification.profile;

import java.math.BigDecimal;
import java.util.List;

/**
 * The direct bill minimum requirements as the partner declares them.
 *
 * @param cspCloudRevenueTtmUsd CSP cloud revenue over the trailing twelve months, USD
 * @param perpetualSoftwareRevenueTtmUsd perpetual software revenue over the same months
 * (excluded from the minimum), may be null
 */
public record DirectBillDeclaration(BigDecimal cspCloudRevenueTtmUsd, BigDecimal perpetualSoftwareRevenueTtmUsd,
        boolean hasSigningAuthority, boolean providesFirstLevelSupport, boolean hasAccountsReceivableInfrastructure,
        List<String> managedServices, boolean supportPlanPurchased) {

    public DirectBillDeclaration {
        managedServices = managedServices == null ? List.of() : List.copyOf(managedServices);
    }
}
