package csp.enrollment.intake.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code directBill} is required exactly for {@code DIRECT_BILL} and must be absent or
 * null for {@code INDIRECT_RESELLER}. When required, its amounts are USD with at most two
 * decimals, not negative and within the events' {@code decimal(14,2)}, and its four
 * declarations are answered. Whether the declarations are good enough is
 * verification-service's rule, not this one.
 */
final class DirectBillSectionRule implements ApplicationRule {

    static final String FIELD = "directBill";

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    @Override
    public void check(ApplicationForm form, Violations violations) {
        EnrollmentType type = form.type();
        ApplicationForm.DirectBill directBill = form.directBill();
        if (type == EnrollmentType.INDIRECT_RESELLER && directBill != null) {
            violations.add(FIELD, ViolationCode.NOT_ALLOWED, "must be absent or null for INDIRECT_RESELLER");
        }
        else if (type == EnrollmentType.DIRECT_BILL) {
            if (directBill == null) {
                violations.add(FIELD, ViolationCode.REQUIRED, "is required for DIRECT_BILL");
            }
            else {
                checkSection(directBill, violations);
            }
        }
    }

    private static void checkSection(ApplicationForm.DirectBill directBill, Violations violations) {
        if (directBill.cspCloudRevenueTtmUsd() == null) {
            violations.required(FIELD + ".cspCloudRevenueTtmUsd");
        }
        else {
            checkAmount(directBill.cspCloudRevenueTtmUsd(), FIELD + ".cspCloudRevenueTtmUsd", violations);
        }
        if (directBill.perpetualSoftwareRevenueTtmUsd() != null) {
            checkAmount(directBill.perpetualSoftwareRevenueTtmUsd(), FIELD + ".perpetualSoftwareRevenueTtmUsd",
                    violations);
        }
        requireAnswer(directBill.hasSigningAuthority(), "hasSigningAuthority", violations);
        requireAnswer(directBill.providesFirstLevelSupport(), "providesFirstLevelSupport", violations);
        requireAnswer(directBill.hasAccountsReceivableInfrastructure(), "hasAccountsReceivableInfrastructure",
                violations);
        requireAnswer(directBill.supportPlanPurchased(), "supportPlanPurchased", violations);
        List<String> services = directBill.managedServices();
        for (int i = 0; i < services.size(); i++) {
            if (Violations.isBlank(services.get(i))) {
                violations.add(FIELD + ".managedServices[" + i + "]", ViolationCode.INVALID_VALUE, "must not be blank");
            }
        }
    }

    private static void checkAmount(BigDecimal amount, String field, Violations violations) {
        if (amount.signum() < 0) {
            violations.add(field, ViolationCode.INVALID_VALUE, "must not be negative");
        }
        else if (amount.stripTrailingZeros().scale() > 2) {
            violations.add(field, ViolationCode.INVALID_VALUE, "must have at most two decimals (USD cents)");
        }
        else if (amount.compareTo(MAX_AMOUNT) > 0) {
            violations.add(field, ViolationCode.INVALID_VALUE, "must be at most " + MAX_AMOUNT.toPlainString());
        }
    }

    private static void requireAnswer(Boolean answer, String name, Violations violations) {
        if (answer == null) {
            violations.add(FIELD + "." + name, ViolationCode.REQUIRED, "is required: true or false");
        }
    }

}
