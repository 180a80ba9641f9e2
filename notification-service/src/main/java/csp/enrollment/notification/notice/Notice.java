package csp.enrollment.notification.notice;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one partner-facing event tells the partner: everything its e-mail needs, taken from that
 * event alone. Bank details are deliberately absent.
 *
 * @param eventId        the event that triggers the e-mail; with the template it identifies the e-mail
 * @param companyName    the company's legal name (partner-supplied)
 * @param countryCode    the company's country, ISO 3166-1 alpha-2
 * @param market         the CSP market, known once the profile is verified; else null
 * @param currency       the market currency, known once the profile is verified; else null
 * @param reasons        the rejection reasons, or the warnings of a verified profile; may be empty
 */
public record Notice(String eventId, String enrollmentId, Instant occurredAt, Template template,
        Recipient recipient, String companyName, String countryCode, EnrollmentKind enrollmentType,
        String mpnId, String market, String currency, List<NoticeReason> reasons) {

    public Notice {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(recipient, "recipient");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
