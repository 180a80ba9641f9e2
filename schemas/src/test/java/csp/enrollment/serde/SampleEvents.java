package csp.enrollment.serde;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;

import csp.enrollment.events.Address;
import csp.enrollment.events.Admin;
import csp.enrollment.events.ApplicationRejected;
import csp.enrollment.events.BankAccount;
import csp.enrollment.events.BankSummary;
import csp.enrollment.events.Company;
import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.DirectBillProfile;
import csp.enrollment.events.EnrollmentApplication;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.events.PartnerContact;
import csp.enrollment.events.PersonalDataErased;
import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Reason;
import csp.enrollment.events.ReviewRequested;
import csp.enrollment.events.Topics;

/**
 * One fully populated instance of each event (every optional field set), with decimals at
 * scale 2 and timestamps at millisecond precision, as the schemas require.
 */
final class SampleEvents {

    static final String ENROLLMENT_ID = "7f3c2a9e-4b1d-4e8a-9c6f-2d5b8e1a0c34";
    static final Instant OCCURRED_AT = Instant.parse("2025-03-14T09:26:53.589Z");

    private SampleEvents() {
    }

    /** Every sample event keyed by the topic it is published on. */
    static Map<String, SpecificRecord> byTopic() {
        Map<String, SpecificRecord> events = new LinkedHashMap<>();
        events.put(Topics.APPLICATIONS, enrollmentApplication());
        events.put(Topics.SUBMITTED, enrollmentSubmitted());
        events.put(Topics.APPLICATION_REJECTED, applicationRejected());
        events.put(Topics.REVIEW_REQUESTED, reviewRequested());
        events.put(Topics.PROFILE_VERIFIED, profileVerified());
        events.put(Topics.PROFILE_REJECTED, profileRejected());
        events.put(Topics.CREDIT_CHECK_PASSED, creditCheckPassed());
        events.put(Topics.CREDIT_CHECK_FAILED, creditCheckFailed());
        events.put(Topics.AGREEMENT_ACCEPTED, agreementAccepted());
        events.put(Topics.SUPPORT_PLAN_RECORDED, supportPlanRecorded());
        events.put(Topics.COMPLETED, enrollmentCompleted());
        events.put(Topics.TRANSITIONED, enrollmentTransitioned());
        events.put(Topics.PERSONAL_DATA_ERASED, personalDataErased());
        return events;
    }

    static csp.enrollment.events.AgreementAccepted agreementAccepted() {
        return csp.enrollment.events.AgreementAccepted.newBuilder()
            .setMetadata(metadata("8a1d2c3e-0001-4000-8000-000000000001", null))
            .setEnrollmentType(EnrollmentType.DIRECT_BILL)
            .setAgreement(csp.enrollment.events.AgreementType.MICROSOFT_PARTNER_AGREEMENT)
            .setVersion("2026-01")
            .setAcceptedBy(csp.enrollment.events.AgreementSigner.newBuilder()
                .setName("Sanne de Vries")
                .setEmail("sanne.devries@contoso.nl")
                .build())
            .setAcceptedAt(java.time.Instant.parse("2026-12-01T09:30:00Z"))
            .build();
    }

    static csp.enrollment.events.SupportPlanRecorded supportPlanRecorded() {
        return csp.enrollment.events.SupportPlanRecorded.newBuilder()
            .setMetadata(metadata("8a1d2c3e-0002-4000-8000-000000000002", null))
            .setPlan(csp.enrollment.events.SupportPlan.ASFP)
            .setPurchasedAt(java.time.Instant.parse("2026-11-30T09:30:00Z"))
            .build();
    }

    static csp.enrollment.events.EnrollmentCompleted enrollmentCompleted() {
        return csp.enrollment.events.EnrollmentCompleted.newBuilder()
            .setMetadata(metadata("8a1d2c3e-0003-4000-8000-000000000003", null))
            .setEnrollmentType(EnrollmentType.DIRECT_BILL)
            .setMpnId("6543210")
            .setPartner(partner())
            .setMarket("Europe")
            .setCurrency("EUR")
            .setAgreement(csp.enrollment.events.AgreementType.MICROSOFT_PARTNER_AGREEMENT)
            .setAgreementVersion("2026-01")
            .setSupportPlan(csp.enrollment.events.SupportPlan.ASFP)
            .build();
    }

    static csp.enrollment.events.EnrollmentTransitioned enrollmentTransitioned() {
        return csp.enrollment.events.EnrollmentTransitioned.newBuilder()
            .setMetadata(metadata("8a1d2c3e-0004-4000-8000-000000000004", null))
            .setNewEnrollmentId("5d6e7f80-0000-4000-8000-000000000005")
            .setReason("We will buy through a distributor instead.")
            .setPreviousStatus("CREDIT_CHECK_FAILED")
            .setMpnId("6543210")
            .setPartner(partner())
            .build();
    }

    static EnrollmentApplication enrollmentApplication() {
        return EnrollmentApplication.newBuilder()
            .setIdempotencyKey("idem-2025-03-14-0001")
            .setSource("partner-portal")
            .setEnrollmentType(EnrollmentType.DIRECT_BILL)
            .setMpnId("6543210")
            .setTenantId("0f8fad5b-d9cb-469f-a165-70867728950e")
            .setCompany(company())
            .setBank(BankAccount.newBuilder()
                .setAccountHolder("Contoso Cloud GmbH")
                .setIban("DE89370400440532013000")
                .setBic("COBADEFFXXX")
                .setAccountNumber("0532013000")
                .setRoutingNumber("37040044")
                .build())
            .setAdmin(admin())
            .setDirectBill(directBill())
            .build();
    }

    static EnrollmentSubmitted enrollmentSubmitted() {
        return EnrollmentSubmitted.newBuilder()
            .setMetadata(metadata("8a1b2c3d-0000-4000-8000-000000000001", null))
            .setEnrollmentType(EnrollmentType.DIRECT_BILL)
            .setMpnId("6543210")
            .setTenantId("0f8fad5b-d9cb-469f-a165-70867728950e")
            .setCompany(company())
            .setBank(BankSummary.newBuilder()
                .setAccountHolder("Contoso Cloud GmbH")
                .setIbanCountryCode("DE")
                .setAccountLast4("3000")
                .setBic("COBADEFFXXX")
                .build())
            .setAdmin(admin())
            .setDirectBill(directBill())
            .build();
    }

    static ApplicationRejected applicationRejected() {
        return ApplicationRejected.newBuilder()
            .setMetadata(metadata("8a1b2c3d-0000-4000-8000-000000000002", null))
            .setIdempotencyKey("idem-2025-03-14-0002")
            .setSource("partner-portal")
            .setReasons(List.of(reason("MPN_ID_INVALID", "mpnId must be 6 to 7 digits", "mpnId"),
                    reason("WORK_EMAIL_REQUIRED", "a free e-mail domain is not a work e-mail", "admin.workEmail")))
            .build();
    }

    static ReviewRequested reviewRequested() {
        return ReviewRequested.newBuilder()
            .setMetadata(metadata("8a1b2c3d-0000-4000-8000-000000000003", "8a1b2c3d-0000-4000-8000-000000000001"))
            .setEnrollmentType(EnrollmentType.INDIRECT_RESELLER)
            .setMpnId("6543210")
            .setPartner(partner())
            .setReasons(
                    List.of(reason("SANCTIONS_POSSIBLE_MATCH", "name resembles a listed entity", "company.legalName")))
            .build();
    }

    static ProfileVerified profileVerified() {
        return ProfileVerified.newBuilder()
            .setMetadata(metadata("8a1b2c3d-0000-4000-8000-000000000004", "8a1b2c3d-0000-4000-8000-000000000001"))
            .setEnrollmentType(EnrollmentType.DIRECT_BILL)
            .setMpnId("6543210")
            .setPartner(partner())
            .setMarket("DE")
            .setCurrency("EUR")
            .setWarnings(List.of(reason("ADDRESS_LINE2_IGNORED", "line 2 was not verified", "company.address.line2")))
            .setReviewedBy("reviewer@contoso-ops.example")
            .build();
    }

    static ProfileRejected profileRejected() {
        return ProfileRejected.newBuilder()
            .setMetadata(metadata("8a1b2c3d-0000-4000-8000-000000000005", "8a1b2c3d-0000-4000-8000-000000000001"))
            .setEnrollmentType(EnrollmentType.DIRECT_BILL)
            .setMpnId("6543210")
            .setPartner(partner())
            .setReasons(List.of(reason("REVENUE_BELOW_MINIMUM", "CSP cloud revenue below 1,000,000.00 USD",
                    "directBill.cspCloudRevenueTtmUsd")))
            .setReviewedBy("reviewer@contoso-ops.example")
            .build();
    }

    static CreditCheckPassed creditCheckPassed() {
        return CreditCheckPassed.newBuilder()
            .setMetadata(metadata("8a1b2c3d-0000-4000-8000-000000000006", "8a1b2c3d-0000-4000-8000-000000000004"))
            .setMpnId("6543210")
            .setPartner(partner())
            .setScore(742)
            .setMinimumScore(650)
            .setBureau("stub-bureau")
            .build();
    }

    static CreditCheckFailed creditCheckFailed() {
        return CreditCheckFailed.newBuilder()
            .setMetadata(metadata("8a1b2c3d-0000-4000-8000-000000000007", "8a1b2c3d-0000-4000-8000-000000000004"))
            .setMpnId("6543210")
            .setPartner(partner())
            .setReasons(List.of(reason("CREDIT_SCORE_TOO_LOW", "score 512 is below 650", "score")))
            .setScore(512)
            .setMinimumScore(650)
            .setBureau("stub-bureau")
            .build();
    }

    static PersonalDataErased personalDataErased() {
        return PersonalDataErased.newBuilder()
            .setMetadata(metadata("8a1b2c3d-0000-4000-8000-000000000008", null))
            .setRequestedBy("privacy-officer@contoso-ops.example")
            .build();
    }

    static EventMetadata metadata(String eventId, String causationId) {
        return EventMetadata.newBuilder()
            .setEventId(eventId)
            .setEnrollmentId(ENROLLMENT_ID)
            .setOccurredAt(OCCURRED_AT)
            .setCausationId(causationId == null ? "idem-2025-03-14-0001" : causationId)
            .setCorrelationId(ENROLLMENT_ID)
            .setProducer("serde-tests")
            .build();
    }

    private static Company company() {
        return Company.newBuilder()
            .setLegalName("Contoso Cloud GmbH")
            .setAddress(Address.newBuilder()
                .setLine1("Friedrichstraße 68")
                .setLine2("3. OG")
                .setCity("Berlin")
                .setStateOrProvince("BE")
                .setPostalCode("10117")
                .setCountryCode("DE")
                .build())
            .build();
    }

    private static Admin admin() {
        return Admin.newBuilder()
            .setFirstName("Jana")
            .setLastName("Schäfer")
            .setWorkEmail("jana.schaefer@contoso-cloud.example")
            .setPreferredLanguage("de-DE")
            .build();
    }

    private static PartnerContact partner() {
        return PartnerContact.newBuilder()
            .setLegalName("Contoso Cloud GmbH")
            .setCountryCode("DE")
            .setAdmin(admin())
            .build();
    }

    private static DirectBillProfile directBill() {
        return DirectBillProfile.newBuilder()
            .setCspCloudRevenueTtmUsd(new BigDecimal("1250000.00"))
            .setPerpetualSoftwareRevenueTtmUsd(new BigDecimal("310500.50"))
            .setHasSigningAuthority(true)
            .setProvidesFirstLevelSupport(true)
            .setHasAccountsReceivableInfrastructure(true)
            .setManagedServices(List.of("backup", "security-monitoring"))
            .setSupportPlanPurchased(true)
            .build();
    }

    private static Reason reason(String code, String message, String field) {
        return Reason.newBuilder().setCode(code).setMessage(message).setField(field).build();
    }

}
