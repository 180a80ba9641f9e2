package csp.enrollment.notification.notice;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one partner-facing event tells the partner: everything its e-mail needs, taken
 * from that event alone (the reminder's from what the service stored when the partner's
 * turn began). Bank details are deliberately absent.
 *
 * @param eventId the event that triggers the e-mail; with the template it identifies the
 * e-mail. The reminder, which no single event triggers, carries the enrollment id, so an
 * enrollment gets one reminder however often its timer fires
 * @param companyName the company's legal name (partner-supplied)
 * @param countryCode the company's country, ISO 3166-1 alpha-2
 * @param market the CSP market, known once the profile is verified; else null
 * @param currency the market currency, known once the profile is verified; else null
 * @param reasons the rejection reasons, or the warnings of a verified profile; may be
 * empty
 * @param missing what the partner still has to do to complete the enrollment (the
 * reminder); may be empty
 * @param newEnrollmentId the indirect reseller enrollment a transitioned one continues
 * in; else null
 */
public record Notice(String eventId, String enrollmentId, Instant occurredAt, Template template, Recipient recipient,
        String companyName, String countryCode, EnrollmentKind enrollmentType, String mpnId, String market,
        String currency, List<NoticeReason> reasons, List<MissingStep> missing, String newEnrollmentId) {

    public Notice {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(recipient, "recipient");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    /**
     * A notice that names nothing missing and no new enrollment: every e-mail but the
     * reminder and the transition.
     */
    public Notice(String eventId, String enrollmentId, Instant occurredAt, Template template, Recipient recipient,
            String companyName, String countryCode, EnrollmentKind enrollmentType, String mpnId, String market,
            String currency, List<NoticeReason> reasons) {
        this(eventId, enrollmentId, occurredAt, template, recipient, companyName, countryCode, enrollmentType, mpnId,
                market, currency, reasons, List.of(), null);
    }
}
