package csp.enrollment.creditcheck;

import csp.enrollment.events.Admin;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.events.PartnerContact;
import csp.enrollment.events.ProfileVerified;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Input events for tests, each for a new enrollment and a new company. */
public final class TestEvents {

    private TestEvents() {
    }

    public static ProfileVerified profileVerified(EnrollmentType type) {
        return profileVerified(type, newMpnId());
    }

    public static ProfileVerified profileVerified(EnrollmentType type, String mpnId) {
        String enrollmentId = UUID.randomUUID().toString();
        return ProfileVerified.newBuilder()
            .setMetadata(EventMetadata.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setEnrollmentId(enrollmentId)
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setCausationId(UUID.randomUUID().toString())
                .setCorrelationId("correlation-" + enrollmentId)
                .setProducer("verification-service")
                .build())
            .setEnrollmentType(type)
            .setMpnId(mpnId)
            .setPartner(PartnerContact.newBuilder()
                .setLegalName("Contoso Cloud B.V.")
                .setCountryCode("NL")
                .setAdmin(Admin.newBuilder()
                    .setFirstName("Sanne")
                    .setLastName("de Vries")
                    .setWorkEmail("sanne.devries@contoso.nl")
                    .setPreferredLanguage("nl")
                    .build())
                .build())
            .setMarket("Europe")
            .setCurrency("EUR")
            .setWarnings(List.of())
            .setReviewedBy(null)
            .build();
    }

    /** A fresh 9-digit MPN id, so tests do not share bureau reports. */
    public static String newMpnId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
    }

}
