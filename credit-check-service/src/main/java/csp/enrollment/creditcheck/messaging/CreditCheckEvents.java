package csp.enrollment.creditcheck.messaging;

import csp.enrollment.creditcheck.check.Applicant;
import csp.enrollment.creditcheck.check.Cause;
import csp.enrollment.creditcheck.check.CreditCheck;
import csp.enrollment.creditcheck.check.CreditCheckRequest;
import csp.enrollment.creditcheck.check.Decision;
import csp.enrollment.creditcheck.check.EnrollmentType;
import csp.enrollment.events.Admin;
import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.events.PartnerContact;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Reason;
import csp.enrollment.messaging.EventMetadataFactory;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

/**
 * Maps between the Avro events and the domain: a {@link ProfileVerified} to a request, a
 * decided check to {@link CreditCheckPassed} or {@link CreditCheckFailed}. The decision
 * event is a pure function of the stored check (id derived from the cause's id and the
 * event type, time = when it was decided), so publishing it again yields the same event.
 */
@Component
class CreditCheckEvents {

    private final EventMetadataFactory metadata;

    CreditCheckEvents(EventMetadataFactory metadata) {
        this.metadata = metadata;
    }

    static CreditCheckRequest request(ProfileVerified event) {
        EventMetadata cause = event.getMetadata();
        PartnerContact partner = event.getPartner();
        Admin admin = partner.getAdmin();
        return new CreditCheckRequest(cause.getEnrollmentId(), EnrollmentType.valueOf(event.getEnrollmentType().name()),
                new Applicant(event.getMpnId(), partner.getLegalName(), partner.getCountryCode(),
                        new Applicant.Admin(admin.getFirstName(), admin.getLastName(), admin.getWorkEmail(),
                                admin.getPreferredLanguage())),
                new Cause(cause.getEventId(), cause.getCorrelationId(), cause.getOccurredAt()));
    }

    /** The decision event of a decided check. */
    SpecificRecord decisionOf(CreditCheck check) {
        Decision decision = check.decision()
            .orElseThrow(() -> new IllegalStateException("Check " + check.enrollmentId() + " is not decided"));
        return decision.passed() ? passed(check, decision) : failed(check, decision);
    }

    private CreditCheckPassed passed(CreditCheck check, Decision decision) {
        return CreditCheckPassed.newBuilder()
            .setMetadata(metadataOf(check, CreditCheckPassed.getClassSchema().getName(), decision))
            .setMpnId(check.applicant().mpnId())
            .setPartner(partnerOf(check.applicant()))
            .setScore(decision.score())
            .setMinimumScore(decision.minimumScore())
            .setBureau(decision.bureau())
            .build();
    }

    private CreditCheckFailed failed(CreditCheck check, Decision decision) {
        return CreditCheckFailed.newBuilder()
            .setMetadata(metadataOf(check, CreditCheckFailed.getClassSchema().getName(), decision))
            .setMpnId(check.applicant().mpnId())
            .setPartner(partnerOf(check.applicant()))
            .setReasons(decision.reasons()
                .stream()
                .map(reason -> Reason.newBuilder()
                    .setCode(reason.code().name())
                    .setMessage(reason.message())
                    .setField(null)
                    .build())
                .toList())
            .setScore(decision.score())
            .setMinimumScore(decision.minimumScore())
            .setBureau(decision.bureau())
            .build();
    }

    private EventMetadata metadataOf(CreditCheck check, String outputType, Decision decision) {
        Cause cause = check.cause();
        // The cause's metadata as stored with the check; causedBy reads its ids and
        // correlation only.
        EventMetadata causeMetadata = EventMetadata.newBuilder()
            .setEventId(cause.eventId())
            .setEnrollmentId(check.enrollmentId())
            .setOccurredAt(cause.occurredAt())
            .setCausationId(null)
            .setCorrelationId(cause.correlationId())
            .setProducer("verification-service")
            .build();
        return metadata.causedBy(causeMetadata, outputType, decision.decidedAt());
    }

    private static PartnerContact partnerOf(Applicant applicant) {
        Applicant.Admin admin = applicant.admin();
        return PartnerContact.newBuilder()
            .setLegalName(applicant.legalName())
            .setCountryCode(applicant.countryCode())
            .setAdmin(Admin.newBuilder()
                .setFirstName(admin.firstName())
                .setLastName(admin.lastName())
                .setWorkEmail(admin.workEmail())
                .setPreferredLanguage(admin.preferredLanguage())
                .build())
            .build();
    }

}
