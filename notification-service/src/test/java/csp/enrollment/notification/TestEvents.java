package csp.enrollment.notification;

import csp.enrollment.events.Address;
import csp.enrollment.events.Admin;
import csp.enrollment.events.AgreementAccepted;
import csp.enrollment.events.AgreementSigner;
import csp.enrollment.events.AgreementType;
import csp.enrollment.events.BankSummary;
import csp.enrollment.events.Company;
import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.EnrollmentCompleted;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.EnrollmentTransitioned;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.events.PartnerContact;
import csp.enrollment.events.PersonalDataErased;
import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Reason;
import csp.enrollment.events.ReviewRequested;
import csp.enrollment.events.SupportPlan;
import csp.enrollment.events.SupportPlanRecorded;
import csp.enrollment.events.Topics;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The partner-facing events as their producers write them, each for a new enrollment
 * unless told otherwise.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** The company and admin of one test, with an address no other test uses. */
    public record Partner(String legalName, String countryCode, String firstName, String lastName, String email,
            String preferredLanguage) {

        public static Partner of(String preferredLanguage, String countryCode) {
            return new Partner("Contoso Cloud B.V.", countryCode, "Sanne", "de Vries", uniqueAddress(),
                    preferredLanguage);
        }

        public Partner named(String legalName, String firstName) {
            return new Partner(legalName, countryCode, firstName, lastName, email, preferredLanguage);
        }

        PartnerContact contact() {
            return PartnerContact.newBuilder()
                .setLegalName(legalName)
                .setCountryCode(countryCode)
                .setAdmin(admin())
                .build();
        }

        Admin admin() {
            return Admin.newBuilder()
                .setFirstName(firstName)
                .setLastName(lastName)
                .setWorkEmail(email)
                .setPreferredLanguage(preferredLanguage)
                .build();
        }
    }

    public static String uniqueAddress() {
        return ("admin-" + UUID.randomUUID().toString().substring(0, 12) + "@contoso.nl").toLowerCase(Locale.ROOT);
    }

    public static String newEnrollmentId() {
        return UUID.randomUUID().toString();
    }

    public static EnrollmentSubmitted submitted(String enrollmentId, Partner partner, EnrollmentType type) {
        return EnrollmentSubmitted.newBuilder()
            .setMetadata(metadata(enrollmentId, "enrollment-intake"))
            .setEnrollmentType(type)
            .setMpnId("4412345")
            .setTenantId("6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6f")
            .setCompany(Company.newBuilder()
                .setLegalName(partner.legalName())
                .setAddress(Address.newBuilder()
                    .setLine1("Keizersgracht 123")
                    .setCity("Amsterdam")
                    .setPostalCode("1015 CJ")
                    .setCountryCode(partner.countryCode())
                    .build())
                .build())
            .setBank(BankSummary.newBuilder()
                .setAccountHolder(partner.legalName())
                .setIbanCountryCode("NL")
                .setAccountLast4("4300")
                .setBic("ABNANL2A")
                .build())
            .setAdmin(partner.admin())
            .setDirectBill(null)
            .build();
    }

    public static ReviewRequested reviewRequested(String enrollmentId, Partner partner) {
        return ReviewRequested.newBuilder()
            .setMetadata(metadata(enrollmentId, "verification-service"))
            .setEnrollmentType(EnrollmentType.DIRECT_BILL)
            .setMpnId("4412345")
            .setPartner(partner.contact())
            .setReasons(List.of(reason("MPN_NOT_IN_DIRECTORY", "MPN ID 4412345 is not in the directory.")))
            .build();
    }

    public static ProfileVerified profileVerified(String enrollmentId, Partner partner, EnrollmentType type,
            List<Reason> warnings) {
        return ProfileVerified.newBuilder()
            .setMetadata(metadata(enrollmentId, "verification-service"))
            .setEnrollmentType(type)
            .setMpnId("4412345")
            .setPartner(partner.contact())
            .setMarket("Europe")
            .setCurrency("EUR")
            .setWarnings(warnings)
            .setReviewedBy(null)
            .build();
    }

    public static ProfileRejected profileRejected(String enrollmentId, Partner partner, List<Reason> reasons) {
        return ProfileRejected.newBuilder()
            .setMetadata(metadata(enrollmentId, "verification-service"))
            .setEnrollmentType(EnrollmentType.DIRECT_BILL)
            .setMpnId("4412345")
            .setPartner(partner.contact())
            .setReasons(reasons)
            .setReviewedBy(null)
            .build();
    }

    public static CreditCheckPassed creditCheckPassed(String enrollmentId, Partner partner) {
        return CreditCheckPassed.newBuilder()
            .setMetadata(metadata(enrollmentId, "credit-check-service"))
            .setMpnId("4412345")
            .setPartner(partner.contact())
            .setScore(82)
            .setMinimumScore(60)
            .setBureau("simulated")
            .build();
    }

    public static CreditCheckFailed creditCheckFailed(String enrollmentId, Partner partner) {
        return CreditCheckFailed.newBuilder()
            .setMetadata(metadata(enrollmentId, "credit-check-service"))
            .setMpnId("4412345")
            .setPartner(partner.contact())
            .setReasons(List.of(reason("CREDIT_SCORE_TOO_LOW", "Credit score 41 is below the minimum of 60.")))
            .setScore(41)
            .setMinimumScore(60)
            .setBureau("simulated")
            .build();
    }

    /** The agreement {@code type} needs, accepted by the admin. */
    public static AgreementAccepted agreementAccepted(String enrollmentId, Partner partner, EnrollmentType type) {
        return AgreementAccepted.newBuilder()
            .setMetadata(metadata(enrollmentId, "enrollment-intake"))
            .setEnrollmentType(type)
            .setAgreement(agreementOf(type))
            .setVersion("2026-01")
            .setAcceptedBy(AgreementSigner.newBuilder()
                .setName(partner.firstName() + " " + partner.lastName())
                .setEmail(partner.email())
                .build())
            .setAcceptedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
            .build();
    }

    public static SupportPlanRecorded supportPlanRecorded(String enrollmentId) {
        return SupportPlanRecorded.newBuilder()
            .setMetadata(metadata(enrollmentId, "enrollment-intake"))
            .setPlan(SupportPlan.ASFP)
            .setPurchasedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
            .build();
    }

    public static EnrollmentCompleted enrollmentCompleted(String enrollmentId, Partner partner, EnrollmentType type) {
        return EnrollmentCompleted.newBuilder()
            .setMetadata(metadata(enrollmentId, "enrollment-intake"))
            .setEnrollmentType(type)
            .setMpnId("4412345")
            .setPartner(partner.contact())
            .setMarket("Europe")
            .setCurrency("EUR")
            .setAgreement(agreementOf(type))
            .setAgreementVersion("2026-01")
            .setSupportPlan(type == EnrollmentType.DIRECT_BILL ? SupportPlan.PSFP : null)
            .build();
    }

    public static EnrollmentTransitioned enrollmentTransitioned(String enrollmentId, String newEnrollmentId,
            Partner partner) {
        return EnrollmentTransitioned.newBuilder()
            .setMetadata(metadata(enrollmentId, "enrollment-intake"))
            .setNewEnrollmentId(newEnrollmentId)
            .setReason("Our revenue is below the direct bill minimum.")
            .setPreviousStatus("CREDIT_CHECK_FAILED")
            .setMpnId("4412345")
            .setPartner(partner.contact())
            .build();
    }

    private static AgreementType agreementOf(EnrollmentType type) {
        return type == EnrollmentType.DIRECT_BILL ? AgreementType.MICROSOFT_PARTNER_AGREEMENT
                : AgreementType.INDIRECT_RESELLER_TERMS;
    }

    /** A valid event of the type {@code topic} carries, for {@code partner}. */
    public static org.apache.avro.specific.SpecificRecord eventOn(String topic, String enrollmentId, Partner partner) {
        return switch (topic) {
            case Topics.SUBMITTED -> submitted(enrollmentId, partner, EnrollmentType.INDIRECT_RESELLER);
            case Topics.REVIEW_REQUESTED -> reviewRequested(enrollmentId, partner);
            case Topics.PROFILE_VERIFIED ->
                profileVerified(enrollmentId, partner, EnrollmentType.INDIRECT_RESELLER, List.of());
            case Topics.PROFILE_REJECTED -> profileRejected(enrollmentId, partner,
                    List.of(reason("MARKET_NOT_SUPPORTED", "CN is in no CSP market.")));
            case Topics.CREDIT_CHECK_PASSED -> creditCheckPassed(enrollmentId, partner);
            case Topics.CREDIT_CHECK_FAILED -> creditCheckFailed(enrollmentId, partner);
            case Topics.AGREEMENT_ACCEPTED ->
                agreementAccepted(enrollmentId, partner, EnrollmentType.INDIRECT_RESELLER);
            case Topics.SUPPORT_PLAN_RECORDED -> supportPlanRecorded(enrollmentId);
            case Topics.COMPLETED -> enrollmentCompleted(enrollmentId, partner, EnrollmentType.INDIRECT_RESELLER);
            case Topics.TRANSITIONED -> enrollmentTransitioned(enrollmentId, newEnrollmentId(), partner);
            default -> throw new IllegalArgumentException("No e-mail event on " + topic);
        };
    }

    public static PersonalDataErased personalDataErased(String enrollmentId) {
        return PersonalDataErased.newBuilder()
            .setMetadata(metadata(enrollmentId, "enrollment-intake"))
            .setRequestedBy("privacy-officer")
            .build();
    }

    public static Reason reason(String code, String message) {
        return Reason.newBuilder().setCode(code).setMessage(message).setField(null).build();
    }

    private static EventMetadata metadata(String enrollmentId, String producer) {
        return EventMetadata.newBuilder()
            .setEventId(UUID.randomUUID().toString())
            .setEnrollmentId(enrollmentId)
            .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
            .setCausationId(UUID.randomUUID().toString())
            .setCorrelationId(enrollmentId)
            .setProducer(producer)
            .build();
    }

}
