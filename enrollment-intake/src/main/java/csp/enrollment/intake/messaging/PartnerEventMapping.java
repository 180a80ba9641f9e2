package csp.enrollment.intake.messaging;

import java.util.Objects;

import org.apache.avro.specific.SpecificRecord;

import csp.enrollment.events.AgreementAccepted;
import csp.enrollment.events.AgreementSigner;
import csp.enrollment.events.AgreementType;
import csp.enrollment.events.EnrollmentCompleted;
import csp.enrollment.events.EnrollmentTransitioned;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.events.PartnerContact;
import csp.enrollment.events.SupportPlan;
import csp.enrollment.events.SupportPlanRecorded;
import csp.enrollment.events.Topics;
import csp.enrollment.intake.application.ApplicationForm;
import csp.enrollment.intake.enrollment.PartnerEventMessage;

/** The events of the partner's commands as Avro records, and their topics. */
final class PartnerEventMapping {

    private PartnerEventMapping() {
    }

    static String topicOf(PartnerEventMessage message) {
        return switch (message.event().type()) {
            case AGREEMENT_ACCEPTED -> Topics.AGREEMENT_ACCEPTED;
            case SUPPORT_PLAN_RECORDED -> Topics.SUPPORT_PLAN_RECORDED;
            case ENROLLMENT_COMPLETED -> Topics.COMPLETED;
            case ENROLLMENT_TRANSITIONED -> Topics.TRANSITIONED;
        };
    }

    static SpecificRecord toEvent(EventMetadata metadata, PartnerEventMessage message) {
        return switch (message.event().type()) {
            case AGREEMENT_ACCEPTED -> AgreementAccepted.newBuilder()
                .setMetadata(metadata)
                .setEnrollmentType(EnrollmentType.valueOf(message.enrollmentType()))
                .setAgreement(AgreementType.valueOf(message.agreement().agreement().name()))
                .setVersion(message.agreement().version())
                // erased since it was accepted: the event goes out without the person
                .setAcceptedBy(AgreementSigner.newBuilder()
                    .setName(orEmpty(message.agreement().signerName()))
                    .setEmail(orEmpty(message.agreement().signerEmail()))
                    .build())
                .setAcceptedAt(message.agreement().acceptedAt())
                .build();
            case SUPPORT_PLAN_RECORDED -> SupportPlanRecorded.newBuilder()
                .setMetadata(metadata)
                .setPlan(SupportPlan.valueOf(message.supportPlan().plan().name()))
                .setPurchasedAt(message.supportPlan().purchasedAt())
                .build();
            case ENROLLMENT_COMPLETED -> EnrollmentCompleted.newBuilder()
                .setMetadata(metadata)
                .setEnrollmentType(EnrollmentType.valueOf(message.enrollmentType()))
                .setMpnId(message.application().mpnId())
                .setPartner(partner(message.application()))
                .setMarket(message.market())
                .setCurrency(message.currency())
                .setAgreement(AgreementType.valueOf(message.agreement().agreement().name()))
                .setAgreementVersion(message.agreement().version())
                .setSupportPlan(
                        message.supportPlan() == null ? null : SupportPlan.valueOf(message.supportPlan().plan().name()))
                .build();
            case ENROLLMENT_TRANSITIONED -> EnrollmentTransitioned.newBuilder()
                .setMetadata(metadata)
                .setNewEnrollmentId(message.transition().newEnrollmentId())
                .setReason(message.transition().reason())
                .setPreviousStatus(message.transition().previousStatus().name())
                .setMpnId(message.application().mpnId())
                .setPartner(partner(message.application()))
                .build();
        };
    }

    /**
     * Whom the e-mail of the event goes to; the names are empty once the personal data
     * was erased.
     */
    private static PartnerContact partner(ApplicationForm application) {
        ApplicationForm.Admin admin = application.admin();
        return PartnerContact.newBuilder()
            .setLegalName(orEmpty(application.company().legalName()))
            .setCountryCode(application.company().address().countryCode())
            .setAdmin(csp.enrollment.events.Admin.newBuilder()
                .setFirstName(orEmpty(admin.firstName()))
                .setLastName(orEmpty(admin.lastName()))
                .setWorkEmail(orEmpty(admin.workEmail()))
                .setPreferredLanguage(admin.preferredLanguage())
                .build())
            .build();
    }

    private static String orEmpty(String text) {
        return Objects.requireNonNullElse(text, "");
    }

}
