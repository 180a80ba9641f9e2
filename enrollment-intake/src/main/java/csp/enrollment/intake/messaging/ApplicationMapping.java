package csp.enrollment.intake.messaging;

import csp.enrollment.events.Address;
import csp.enrollment.events.Admin;
import csp.enrollment.events.BankAccount;
import csp.enrollment.events.Company;
import csp.enrollment.events.DirectBillProfile;
import csp.enrollment.events.EnrollmentApplication;
import csp.enrollment.intake.application.ApplicationForm;

/**
 * An {@code EnrollmentApplication} from Kafka as the same form the HTTP intake validates.
 */
final class ApplicationMapping {

    private ApplicationMapping() {
    }

    static ApplicationForm toForm(EnrollmentApplication application) {
        return new ApplicationForm(
                application.getEnrollmentType() == null ? null : application.getEnrollmentType().name(),
                application.getMpnId(), application.getTenantId(), company(application.getCompany()),
                bank(application.getBank()), admin(application.getAdmin()), directBill(application.getDirectBill()));
    }

    private static ApplicationForm.Company company(Company company) {
        return company == null ? null
                : new ApplicationForm.Company(company.getLegalName(), address(company.getAddress()));
    }

    private static ApplicationForm.Address address(Address address) {
        return address == null ? null : new ApplicationForm.Address(address.getLine1(), address.getLine2(),
                address.getCity(), address.getStateOrProvince(), address.getPostalCode(), address.getCountryCode());
    }

    private static ApplicationForm.Bank bank(BankAccount bank) {
        return bank == null ? null : new ApplicationForm.Bank(bank.getAccountHolder(), bank.getIban(), bank.getBic(),
                bank.getAccountNumber(), bank.getRoutingNumber());
    }

    private static ApplicationForm.Admin admin(Admin admin) {
        return admin == null ? null : new ApplicationForm.Admin(admin.getFirstName(), admin.getLastName(),
                admin.getWorkEmail(), admin.getPreferredLanguage());
    }

    private static ApplicationForm.DirectBill directBill(DirectBillProfile profile) {
        return profile == null ? null
                : new ApplicationForm.DirectBill(profile.getCspCloudRevenueTtmUsd(),
                        profile.getPerpetualSoftwareRevenueTtmUsd(), profile.getHasSigningAuthority(),
                        profile.getProvidesFirstLevelSupport(), profile.getHasAccountsReceivableInfrastructure(),
                        profile.getManagedServices(), profile.getSupportPlanPurchased());
    }

}
