package csp.enrollment.intake.messaging;

import java.math.BigDecimal;
import java.math.RoundingMode;

import csp.enrollment.events.Address;
import csp.enrollment.events.Admin;
import csp.enrollment.events.BankSummary;
import csp.enrollment.events.Company;
import csp.enrollment.events.DirectBillProfile;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.intake.application.ApplicationForm;
import csp.enrollment.intake.enrollment.StoredBank;

/**
 * An accepted application as {@code EnrollmentSubmitted}: the bank details only as a
 * masked summary.
 */
final class SubmittedEventMapping {

    private SubmittedEventMapping() {
    }

    static EnrollmentSubmitted toEvent(EventMetadata metadata, ApplicationForm application, StoredBank bank,
            String transitionedFrom) {
        return EnrollmentSubmitted.newBuilder()
            .setMetadata(metadata)
            .setEnrollmentType(EnrollmentType.valueOf(application.enrollmentType()))
            .setMpnId(application.mpnId())
            .setTenantId(application.tenantId())
            .setCompany(company(application.company()))
            .setBank(bankSummary(bank))
            .setAdmin(admin(application.admin()))
            .setDirectBill(application.directBill() == null ? null : directBill(application.directBill()))
            .setTransitionedFrom(transitionedFrom)
            .build();
    }

    static BankSummary bankSummary(StoredBank bank) {
        return BankSummary.newBuilder()
            .setAccountHolder(bank.accountHolder())
            .setIbanCountryCode(bank.ibanCountryCode())
            .setAccountLast4(bank.accountLast4())
            .setBic(bank.bic())
            .build();
    }

    private static Company company(ApplicationForm.Company company) {
        ApplicationForm.Address address = company.address();
        return Company.newBuilder()
            .setLegalName(company.legalName())
            .setAddress(Address.newBuilder()
                .setLine1(address.line1())
                .setLine2(address.line2())
                .setCity(address.city())
                .setStateOrProvince(address.stateOrProvince())
                .setPostalCode(address.postalCode())
                .setCountryCode(address.countryCode())
                .build())
            .build();
    }

    private static Admin admin(ApplicationForm.Admin admin) {
        return Admin.newBuilder()
            .setFirstName(admin.firstName())
            .setLastName(admin.lastName())
            .setWorkEmail(admin.workEmail())
            .setPreferredLanguage(admin.preferredLanguage())
            .build();
    }

    private static DirectBillProfile directBill(ApplicationForm.DirectBill directBill) {
        return DirectBillProfile.newBuilder()
            .setCspCloudRevenueTtmUsd(cents(directBill.cspCloudRevenueTtmUsd()))
            .setPerpetualSoftwareRevenueTtmUsd(directBill.perpetualSoftwareRevenueTtmUsd() == null ? null
                    : cents(directBill.perpetualSoftwareRevenueTtmUsd()))
            .setHasSigningAuthority(directBill.hasSigningAuthority())
            .setProvidesFirstLevelSupport(directBill.providesFirstLevelSupport())
            .setHasAccountsReceivableInfrastructure(directBill.hasAccountsReceivableInfrastructure())
            .setManagedServices(directBill.managedServices())
            .setSupportPlanPurchased(directBill.supportPlanPurchased())
            .build();
    }

    /**
     * Avro's decimal(14,2) needs scale 2; validation allowed at most two decimals, so
     * nothing is rounded.
     */
    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

}
