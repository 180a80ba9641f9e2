package csp.enrollment.messaging;

import java.time.Instant;
import java.util.UUID;

import csp.enrollment.events.Address;
import csp.enrollment.events.Admin;
import csp.enrollment.events.BankAccount;
import csp.enrollment.events.BankSummary;
import csp.enrollment.events.Company;
import csp.enrollment.events.EnrollmentApplication;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.PartnerContact;

public final class SampleEvents {

    private static final EventMetadataFactory METADATA = new EventMetadataFactory("messaging-support-test");

    private SampleEvents() {
    }

    public static EnrollmentSubmitted submitted(String legalName) {
        String enrollmentId = UUID.randomUUID().toString();
        return EnrollmentSubmitted.newBuilder()
            .setMetadata(METADATA.first(enrollmentId, EventIds.random(), Instant.now()))
            .setEnrollmentType(EnrollmentType.INDIRECT_RESELLER)
            .setMpnId("4412345")
            .setTenantId(UUID.randomUUID().toString())
            .setCompany(Company.newBuilder()
                .setLegalName(legalName)
                .setAddress(Address.newBuilder()
                    .setLine1("Keizersgracht 123")
                    .setCity("Amsterdam")
                    .setPostalCode("1015 CJ")
                    .setCountryCode("NL")
                    .build())
                .build())
            .setBank(BankSummary.newBuilder()
                .setAccountHolder(legalName)
                .setIbanCountryCode("NL")
                .setAccountLast4("4300")
                .build())
            .setAdmin(admin())
            .setDirectBill(null)
            .build();
    }

    static ProfileVerified verified(EnrollmentSubmitted cause) {
        return ProfileVerified.newBuilder()
            .setMetadata(METADATA.causedBy(cause.getMetadata(), "ProfileVerified", Instant.now()))
            .setEnrollmentType(cause.getEnrollmentType())
            .setMpnId(cause.getMpnId())
            .setPartner(PartnerContact.newBuilder()
                .setLegalName(cause.getCompany().getLegalName())
                .setCountryCode("NL")
                .setAdmin(admin())
                .build())
            .setMarket("Europe")
            .setCurrency("EUR")
            .build();
    }

    /**
     * An application, with bank details that must never show up in a log or a dead
     * letter's headers.
     */
    static EnrollmentApplication application() {
        return EnrollmentApplication.newBuilder()
            .setEnrollmentType(EnrollmentType.INDIRECT_RESELLER)
            .setMpnId("4412345")
            .setTenantId(UUID.randomUUID().toString())
            .setCompany(Company.newBuilder()
                .setLegalName("Contoso Cloud B.V.")
                .setAddress(Address.newBuilder()
                    .setLine1("Keizersgracht 123")
                    .setCity("Amsterdam")
                    .setPostalCode("1015 CJ")
                    .setCountryCode("NL")
                    .build())
                .build())
            .setBank(BankAccount.newBuilder().setAccountHolder("Contoso Cloud B.V.").setIban(IBAN).build())
            .setAdmin(admin())
            .build();
    }

    static final String IBAN = "NL91ABNA0417164300";

    private static Admin admin() {
        return Admin.newBuilder()
            .setFirstName("Sanne")
            .setLastName("de Vries")
            .setWorkEmail("sanne.devries@contoso.nl")
            .setPreferredLanguage("nl")
            .build();
    }

}
