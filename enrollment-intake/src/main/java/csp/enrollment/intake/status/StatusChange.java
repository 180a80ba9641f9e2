package csp.enrollment.intake.status;

/**
 * What one status event says about an enrollment.
 *
 * @param eventId the event's id: a change is applied once however often the event is
 * delivered
 * @param enrollmentId the enrollment
 * @param enrollmentType INDIRECT_RESELLER or DIRECT_BILL
 * @param entry the history entry the event adds
 * @param market the CSP market, when the event tells it (ProfileVerified); else null
 * @param currency the market's currency for the partner's country, with the market; else
 * null
 */
public record StatusChange(String eventId, String enrollmentId, String enrollmentType, StatusEntry entry, String market,
        String currency) {
}
