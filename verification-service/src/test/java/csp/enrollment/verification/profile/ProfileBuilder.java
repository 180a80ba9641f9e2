package csp.enrollment.verification.profile;

import java.math.BigDecimal;
import java.util.List;

/**
 * A valid direct bill profile from the Netherlands (the contract's example), to change
 * one thing at a time.
 */
final class ProfileBuilder {

    private PartnerModel model = PartnerModel.DIRECT_BILL;

    private String mpnId = "4412345";

    private String countryCode = "NL";

    private String ibanCountryCode = "NL";

    private String workEmail = "sanne.devries@contoso.nl";

    private BigDecimal cloudRevenue = new BigDecimal("350000.00");

    private BigDecimal perpetualRevenue = new BigDecimal("20000.00");

    private boolean signingAuthority = true;

    private boolean firstLevelSupport = true;

    private boolean accountsReceivable = true;

    private List<String> managedServices = List.of("Managed Microsoft 365 security");

    private boolean supportPlanPurchased = false;

    private boolean withDeclaration = true;

    private String tenantId = "6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6f";

    private String transitionedFrom = null;

    static ProfileBuilder directBill() {
        return new ProfileBuilder();
    }

    static ProfileBuilder indirectReseller() {
        ProfileBuilder builder = new ProfileBuilder();
        builder.model = PartnerModel.INDIRECT_RESELLER;
        builder.withDeclaration = false;
        return builder;
    }

    ProfileBuilder mpnId(String value) {
        mpnId = value;
        return this;
    }

    ProfileBuilder country(String value) {
        countryCode = value;
        return this;
    }

    ProfileBuilder ibanCountry(String value) {
        ibanCountryCode = value;
        return this;
    }

    ProfileBuilder workEmail(String value) {
        workEmail = value;
        return this;
    }

    ProfileBuilder cloudRevenue(String value) {
        cloudRevenue = value == null ? null : new BigDecimal(value);
        return this;
    }

    ProfileBuilder perpetualRevenue(String value) {
        perpetualRevenue = new BigDecimal(value);
        return this;
    }

    ProfileBuilder signingAuthority(boolean value) {
        signingAuthority = value;
        return this;
    }

    ProfileBuilder firstLevelSupport(boolean value) {
        firstLevelSupport = value;
        return this;
    }

    ProfileBuilder accountsReceivable(boolean value) {
        accountsReceivable = value;
        return this;
    }

    ProfileBuilder managedServices(String... values) {
        managedServices = List.of(values);
        return this;
    }

    ProfileBuilder supportPlanPurchased(boolean value) {
        supportPlanPurchased = value;
        return this;
    }

    ProfileBuilder withoutDeclaration() {
        withDeclaration = false;
        return this;
    }

    ProfileBuilder tenantId(String value) {
        tenantId = value;
        return this;
    }

    ProfileBuilder transitionedFrom(String value) {
        transitionedFrom = value;
        return this;
    }

    Profile build() {
        DirectBillDeclaration declaration = withDeclaration ? new DirectBillDeclaration(cloudRevenue, perpetualRevenue,
                signingAuthority, firstLevelSupport, accountsReceivable, managedServices, supportPlanPurchased) : null;
        return new Profile(model, mpnId, "Contoso Cloud B.V.", countryCode, ibanCountryCode,
                new Admin("Sanne", "de Vries", workEmail, "nl"), declaration, tenantId, transitionedFrom);
    }

}
