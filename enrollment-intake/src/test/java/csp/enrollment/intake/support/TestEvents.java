package csp.enrollment.intake.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import csp.enrollment.events.Address;
import csp.enrollment.events.Admin;
import csp.enrollment.events.BankAccount;
import csp.enrollment.events.Company;
import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.DirectBillProfile;
import csp.enrollment.events.EnrollmentApplication;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.events.PartnerContact;
import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Reason;
import csp.enrollment.events.ReviewRequested;
import csp.enrollment.intake.application.ApplicationForms;

/** Events as upstream systems and the other services of the pipeline publish them. */
public final class TestEvents {

    private TestEvents() {
    }

    /**
     * An application on enrollment.applications, as an upstream system would publish
     * {@code forms}.
     */
    public static EnrollmentApplication application(ApplicationForms forms, String idempotencyKey) {
        var form = forms.build();
        var address = form.company().address();
        return EnrollmentApplication.newBuilder()
            .setIdempotencyKey(idempotencyKey)
            .setSource("partner-portal")
            .setEnrollmentType(EnrollmentType.valueOf(form.enrollmentType()))
            .setMpnId(form.mpnId())
            .setTenantId(form.tenantId())
            .setCompany(Company.newBuilder()
                .setLegalName(form.company().legalName())
                .setAddress(Address.newBuilder()
                    .setLine1(address.line1())
                    .setLine2(address.line2())
                    .setCity(address.city())
                    .setStateOrProvince(address.stateOrProvince())
                    .setPostalCode(address.postalCode())
                    .setCountryCode(address.countryCode())
                    .build())
                .build())
            .setBank(BankAccount.newBuilder()
                .setAccountHolder(form.bank().accountHolder())
                .setIban(form.bank().iban())
                .setBic(form.bank().bic())
                .setAccountNumber(form.bank().accountNumber())
                .setRoutingNumber(form.bank().routingNumber())
                .build())
            .setAdmin(Admin.newBuilder()
                .setFirstName(form.admin().firstName())
                .setLastName(form.admin().lastName())
                .setWorkEmail(form.admin().workEmail())
                .setPreferredLanguage(form.admin().preferredLanguage())
                .build())
            .setDirectBill(form.directBill() == null ? null
                    : DirectBillProfile.newBuilder()
                        .setCspCloudRevenueTtmUsd(cents(form.directBill().cspCloudRevenueTtmUsd()))
                        .setPerpetualSoftwareRevenueTtmUsd(cents(form.directBill().perpetualSoftwareRevenueTtmUsd()))
                        .setHasSigningAuthority(form.directBill().hasSigningAuthority())
                        .setProvidesFirstLevelSupport(form.directBill().providesFirstLevelSupport())
                        .setHasAccountsReceivableInfrastructure(form.directBill().hasAccountsReceivableInfrastructure())
                        .setManagedServices(form.directBill().managedServices())
                        .setSupportPlanPurchased(form.directBill().supportPlanPurchased())
                        .build())
            .build();
    }

    public static EventMetadata metadata(String enrollmentId, Instant at, String producer) {
        return EventMetadata.newBuilder()
            .setEventId(UUID.randomUUID().toString())
            .setEnrollmentId(enrollmentId)
            .setOccurredAt(at)
            .setCausationId(UUID.randomUUID().toString())
            .setCorrelationId(enrollmentId)
            .setProducer(producer)
            .build();
    }

    public static EnrollmentSubmitted submitted(String enrollmentId, Instant at) {
        var form = ApplicationForms.directBill().build();
        return EnrollmentSubmitted.newBuilder()
            .setMetadata(metadata(enrollmentId, at, "enrollment-intake"))
            .setEnrollmentType(EnrollmentType.DIRECT_BILL)
            .setMpnId(form.mpnId())
            .setTenantId(form.tenantId())
            .setCompany(application(ApplicationForms.directBill(), null).getCompany())
            .setBank(csp.enrollment.events.BankSummary.newBuilder()
                .setAccountHolder("Contoso Cloud B.V.")
                .setIbanCountryCode("NL")
                .setAccountLast4("4300")
                .setBic("ABNANL2A")
                .build())
            .setAdmin(admin())
            .setDirectBill(application(ApplicationForms.directBill(), null).getDirectBill())
            .build();
    }

    public static ReviewRequested reviewRequested(String enrollmentId, Instant at) {
        return ReviewRequested.newBuilder()
            .setMetadata(metadata(enrollmentId, at, "verification-service"))
            .setEnrollmentType(EnrollmentType.DIRECT_BILL)
            .setMpnId("4412345")
            .setPartner(partner())
            .setReasons(List.of(reason("MPN_NOT_IN_DIRECTORY", "The MPN ID is not in the partner-network directory")))
            .build();
    }

    public static ProfileVerified profileVerified(String enrollmentId, Instant at) {
        return ProfileVerified.newBuilder()
            .setMetadata(metadata(enrollmentId, at, "verification-service"))
            .setEnrollmentType(EnrollmentType.DIRECT_BILL)
            .setMpnId("4412345")
            .setPartner(partner())
            .setMarket("Europe")
            .setCurrency("EUR")
            .setWarnings(List.of(reason("SUPPORT_PLAN_BEFORE_CREDIT_CHECK", "Do not buy a support plan yet")))
            .build();
    }

    /** {@link #profileVerified} of an indirect reseller. */
    public static ProfileVerified indirectResellerVerified(String enrollmentId, Instant at) {
        return ProfileVerified.newBuilder(profileVerified(enrollmentId, at))
            .setEnrollmentType(EnrollmentType.INDIRECT_RESELLER)
            .setWarnings(List.of())
            .build();
    }

    public static ProfileRejected profileRejected(String enrollmentId, Instant at) {
        return ProfileRejected.newBuilder()
            .setMetadata(metadata(enrollmentId, at, "verification-service"))
            .setEnrollmentType(EnrollmentType.DIRECT_BILL)
            .setMpnId("4412345")
            .setPartner(partner())
            .setReasons(List.of(reason("REVENUE_BELOW_MINIMUM", "CSP cloud revenue is below USD 300,000"),
                    reason("WORK_EMAIL_REQUIRED", "Use a work e-mail address")))
            .build();
    }

    public static CreditCheckPassed creditCheckPassed(String enrollmentId, Instant at) {
        return CreditCheckPassed.newBuilder()
            .setMetadata(metadata(enrollmentId, at, "credit-check-service"))
            .setMpnId("4412345")
            .setPartner(partner())
            .setScore(80)
            .setMinimumScore(60)
            .setBureau("simulated-bureau")
            .build();
    }

    public static CreditCheckFailed creditCheckFailed(String enrollmentId, Instant at) {
        return CreditCheckFailed.newBuilder()
            .setMetadata(metadata(enrollmentId, at, "credit-check-service"))
            .setMpnId("4412345")
            .setPartner(partner())
            .setReasons(List.of(reason("CREDIT_SCORE_TOO_LOW", "The credit score is below the minimum")))
            .setScore(40)
            .setMinimumScore(60)
            .setBureau("simulated-bureau")
            .build();
    }

    private static Admin admin() {
        return Admin.newBuilder()
            .setFirstName("Sanne")
            .setLastName("de Vries")
            .setWorkEmail("sanne.devries@contoso.nl")
            .setPreferredLanguage("nl")
            .build();
    }

    private static PartnerContact partner() {
        return PartnerContact.newBuilder()
            .setLegalName("Contoso Cloud B.V.")
            .setCountryCode("NL")
            .setAdmin(admin())
            .build();
    }

    private static Reason reason(String code, String message) {
        return Reason.newBuilder().setCode(code).setMessage(message).setField(null).build();
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

}
