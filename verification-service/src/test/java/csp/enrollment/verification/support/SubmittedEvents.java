package csp.enrollment.verification.support;

import csp.enrollment.events.Address;
import csp.enrollment.events.Admin;
import csp.enrollment.events.BankSummary;
import csp.enrollment.events.Company;
import csp.enrollment.events.DirectBillProfile;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.EventMetadata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * EnrollmentSubmitted events as enrollment-intake writes them: the contract's Dutch
 * direct bill example.
 */
public final class SubmittedEvents {

    private SubmittedEvents() {
    }

    public static EnrollmentSubmitted.Builder directBill(String mpnId) {
        return indirectReseller(mpnId).setEnrollmentType(EnrollmentType.DIRECT_BILL)
            .setDirectBill(DirectBillProfile.newBuilder()
                .setCspCloudRevenueTtmUsd(usd("350000.00"))
                .setPerpetualSoftwareRevenueTtmUsd(usd("20000.00"))
                .setHasSigningAuthority(true)
                .setProvidesFirstLevelSupport(true)
                .setHasAccountsReceivableInfrastructure(true)
                .setManagedServices(List.of("Managed Microsoft 365 security"))
                .setSupportPlanPurchased(false)
                .build());
    }

    public static EnrollmentSubmitted.Builder indirectReseller(String mpnId) {
        String enrollmentId = UUID.randomUUID().toString();
        return EnrollmentSubmitted.newBuilder()
            .setMetadata(EventMetadata.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setEnrollmentId(enrollmentId)
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setCausationId(null)
                .setCorrelationId(enrollmentId)
                .setProducer("enrollment-intake")
                .build())
            .setEnrollmentType(EnrollmentType.INDIRECT_RESELLER)
            .setMpnId(mpnId)
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
            .setBank(BankSummary.newBuilder()
                .setAccountHolder("Contoso Cloud B.V.")
                .setIbanCountryCode("NL")
                .setAccountLast4("4300")
                .setBic("ABNANL2A")
                .build())
            .setAdmin(Admin.newBuilder()
                .setFirstName("Sanne")
                .setLastName("de Vries")
                .setWorkEmail("sanne.devries@contoso.nl")
                .setPreferredLanguage("nl")
                .build())
            .setDirectBill(null);
    }

    public static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    /** A fresh MPN ID (7 to 10 digits), so tests do not share directory entries. */
    public static String newMpnId() {
        return String.valueOf(1_000_000 + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 8_999_999_000L));
    }

}
