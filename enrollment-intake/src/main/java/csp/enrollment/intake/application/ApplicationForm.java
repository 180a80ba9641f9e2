package csp.enrollment.intake.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * An enrollment application as a submitter sent it, over HTTP or Kafka, before
 * validation: any value may be missing or wrong. {@link ApplicationValidator} says what
 * is wrong with it.
 */
public record ApplicationForm(String enrollmentType, String mpnId, String tenantId, Company company, Bank bank,
        Admin admin, DirectBill directBill) {

    public record Company(String legalName, Address address) {
    }

    public record Address(String line1, String line2, String city, String stateOrProvince, String postalCode,
            String countryCode) {
    }

    /** Bank details: sensitive, so {@link #toString()} never shows the account. */
    public record Bank(String accountHolder, String iban, String bic, String accountNumber, String routingNumber) {

        /** The IBAN without the spaces of its paper format, or null. */
        public String compactIban() {
            return iban == null ? null : iban.replace(" ", "");
        }

        /**
         * The last four characters of the IBAN or account number: all that may be shown.
         */
        public String accountLast4() {
            String account = iban != null ? compactIban() : accountNumber;
            if (account == null) {
                return null;
            }
            return account.length() <= 4 ? account : account.substring(account.length() - 4);
        }

        /** The country of the IBAN (its first two letters), or null without an IBAN. */
        public String ibanCountryCode() {
            String compact = compactIban();
            return compact == null || compact.length() < 2 ? null : compact.substring(0, 2);
        }

        @Override
        public String toString() {
            return "Bank[accountHolder=" + accountHolder + ", account=****" + accountLast4() + "]";
        }
    }

    public record Admin(String firstName, String lastName, String workEmail, String preferredLanguage) {
    }

    public record DirectBill(BigDecimal cspCloudRevenueTtmUsd, BigDecimal perpetualSoftwareRevenueTtmUsd,
            Boolean hasSigningAuthority, Boolean providesFirstLevelSupport, Boolean hasAccountsReceivableInfrastructure,
            List<String> managedServices, Boolean supportPlanPurchased) {

        public DirectBill {
            managedServices = managedServices == null ? List.of() : List.copyOf(managedServices);
        }
    }

    /** This application without its bank details, which are stored apart (sealed). */
    public ApplicationForm withoutBank() {
        return new ApplicationForm(enrollmentType, mpnId, tenantId, company, null, admin, directBill);
    }

    /**
     * The same partner as an indirect reseller (contract §9): company, admin, MPN ID and
     * tenant kept, the direct bill declarations dropped; without bank details, like
     * {@link #withoutBank()}.
     */
    public ApplicationForm asIndirectReseller() {
        return new ApplicationForm(EnrollmentType.INDIRECT_RESELLER.name(), mpnId, tenantId, company, null, admin,
                null);
    }

    /**
     * The enrollment type, once {@link EnrollmentTypeRule} accepted it; null otherwise.
     */
    public EnrollmentType type() {
        return EnrollmentType.parse(enrollmentType);
    }
}
