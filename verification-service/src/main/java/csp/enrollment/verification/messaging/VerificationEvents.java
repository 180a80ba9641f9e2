package csp.enrollment.verification.messaging;

import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.events.PartnerContact;
import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Reason;
import csp.enrollment.events.ReviewRequested;
import csp.enrollment.events.Topics;
import csp.enrollment.verification.cases.OutputEvent;
import csp.enrollment.verification.cases.Partner;
import csp.enrollment.verification.cases.VerificationCase;
import csp.enrollment.verification.profile.Admin;
import org.apache.avro.specific.SpecificRecord;

import java.util.List;

/**
 * Turns a case's stored output event into the Avro event of contract.md §5. Built only
 * from stored data, so the same stored event always yields the same Avro event (same id,
 * same time) however often it is published.
 */
final class VerificationEvents {

    private final String producer;

    VerificationEvents(String producer) {
        this.producer = producer;
    }

    static String topicOf(OutputEvent event) {
        return switch (event.type()) {
            case REVIEW_REQUESTED -> Topics.REVIEW_REQUESTED;
            case PROFILE_VERIFIED -> Topics.PROFILE_VERIFIED;
            case PROFILE_REJECTED -> Topics.PROFILE_REJECTED;
        };
    }

    SpecificRecord toAvro(VerificationCase verificationCase, OutputEvent event) {
        EventMetadata metadata = metadata(verificationCase, event);
        EnrollmentType type = EnrollmentType.valueOf(verificationCase.enrollmentType().name());
        PartnerContact partner = partner(verificationCase.partner());
        return switch (event.type()) {
            case REVIEW_REQUESTED -> ReviewRequested.newBuilder()
                .setMetadata(metadata)
                .setEnrollmentType(type)
                .setMpnId(verificationCase.mpnId())
                .setPartner(partner)
                .setReasons(reasons(event.reasons()))
                .build();
            case PROFILE_VERIFIED -> ProfileVerified.newBuilder()
                .setMetadata(metadata)
                .setEnrollmentType(type)
                .setMpnId(verificationCase.mpnId())
                .setPartner(partner)
                .setMarket(required(verificationCase.market(), "market", verificationCase))
                .setCurrency(required(verificationCase.currency(), "currency", verificationCase))
                .setWarnings(reasons(event.warnings()))
                .setReviewedBy(event.reviewedBy())
                .build();
            case PROFILE_REJECTED -> ProfileRejected.newBuilder()
                .setMetadata(metadata)
                .setEnrollmentType(type)
                .setMpnId(verificationCase.mpnId())
                .setPartner(partner)
                .setReasons(reasons(event.reasons()))
                .setReviewedBy(event.reviewedBy())
                .build();
        };
    }

    private EventMetadata metadata(VerificationCase verificationCase, OutputEvent event) {
        return EventMetadata.newBuilder()
            .setEventId(event.eventId())
            .setEnrollmentId(verificationCase.id())
            .setOccurredAt(event.occurredAt())
            .setCausationId(event.causationId())
            .setCorrelationId(verificationCase.correlationId())
            .setProducer(producer)
            .build();
    }

    private static PartnerContact partner(Partner partner) {
        Admin admin = partner.admin();
        return PartnerContact.newBuilder()
            .setLegalName(partner.legalName())
            .setCountryCode(partner.countryCode())
            .setAdmin(csp.enrollment.events.Admin.newBuilder()
                .setFirstName(admin.firstName())
                .setLastName(admin.lastName())
                .setWorkEmail(admin.workEmail())
                .setPreferredLanguage(admin.preferredLanguage())
                .build())
            .build();
    }

    private static List<Reason> reasons(List<csp.enrollment.verification.cases.Reason> reasons) {
        return reasons.stream()
            .map(reason -> Reason.newBuilder()
                .setCode(reason.code())
                .setMessage(reason.message())
                .setField(reason.field())
                .build())
            .toList();
    }

    private static String required(String value, String name, VerificationCase verificationCase) {
        if (value == null) {
            throw new IllegalStateException("Enrollment " + verificationCase.id() + " is verified without " + name);
        }
        return value;
    }

}
