package csp.enrollment.intake.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Valid applications (the example of contract.md §1) to change one thing of in a test.
 */
public final class ApplicationForms {

    public String enrollmentType = "DIRECT_BILL";

    public String mpnId = "4412345";

    public String tenantId = "6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6f";

    public Company company = new Company();

    public Bank bank = new Bank();

    public Admin admin = new Admin();

    public DirectBill directBill = new DirectBill();

    private ApplicationForms() {
    }

    /** The direct bill application of contract.md §1. */
    public static ApplicationForms directBill() {
        return new ApplicationForms();
    }

    /** The same partner as an indirect reseller (no directBill section). */
    public static ApplicationForms indirectReseller() {
        ApplicationForms forms = new ApplicationForms();
        forms.enrollmentType = "INDIRECT_RESELLER";
        forms.directBill = null;
        return forms;
    }

    public ApplicationForms with(Consumer<ApplicationForms> change) {
        change.accept(this);
        return this;
    }

    public ApplicationForm build() {
        return new ApplicationForm(enrollmentType, mpnId, tenantId, company == null ? null : company.build(),
                bank == null ? null : bank.build(), admin == null ? null : admin.build(),
                directBill == null ? null : directBill.build());
    }

    public static final class Company {

        public String legalName = "Contoso Cloud B.V.";

        public Address address = new Address();

        ApplicationForm.Company build() {
            return new ApplicationForm.Company(legalName, address == null ? null : address.build());
        }

    }

    public static final class Address {

        public String line1 = "Keizersgracht 123";

        public String line2;

        public String city = "Amsterdam";

        public String stateOrProvince;

        public String postalCode = "1015 CJ";

        public String countryCode = "NL";

        ApplicationForm.Address build() {
            return new ApplicationForm.Address(line1, line2, city, stateOrProvince, postalCode, countryCode);
        }

    }

    public static final class Bank {

        public String accountHolder = "Contoso Cloud B.V.";

        public String iban = "NL91ABNA0417164300";

        public String bic = "ABNANL2A";

        public String accountNumber;

        public String routingNumber;

        ApplicationForm.Bank build() {
            return new ApplicationForm.Bank(accountHolder, iban, bic, accountNumber, routingNumber);
        }

    }

    public static final class Admin {

        public String firstName = "Sanne";

        public String lastName = "de Vries";

        public String workEmail = "sanne.devries@contoso.nl";

        public String preferredLanguage = "nl";

        ApplicationForm.Admin build() {
            return new ApplicationForm.Admin(firstName, lastName, workEmail, preferredLanguage);
        }

    }

    public static final class DirectBill {

        public BigDecimal cspCloudRevenueTtmUsd = new BigDecimal("350000.00");

        public BigDecimal perpetualSoftwareRevenueTtmUsd = new BigDecimal("20000.00");

        public Boolean hasSigningAuthority = true;

        public Boolean providesFirstLevelSupport = true;

        public Boolean hasAccountsReceivableInfrastructure = true;

        public List<String> managedServices = new ArrayList<>(List.of("Managed Microsoft 365 security"));

        public Boolean supportPlanPurchased = false;

        ApplicationForm.DirectBill build() {
            return new ApplicationForm.DirectBill(cspCloudRevenueTtmUsd, perpetualSoftwareRevenueTtmUsd,
                    hasSigningAuthority, providesFirstLevelSupport, hasAccountsReceivableInfrastructure,
                    managedServices, supportPlanPurchased);
        }

    }

}
