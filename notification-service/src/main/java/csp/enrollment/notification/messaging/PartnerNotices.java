package csp.enrollment.notification.messaging;

import csp.enrollment.events.Admin;
import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.EnrollmentCompleted;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.EnrollmentTransitioned;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.events.PartnerContact;
import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Reason;
import csp.enrollment.events.ReviewRequested;
import csp.enrollment.notification.notice.EnrollmentKind;
import csp.enrollment.notification.notice.Notice;
import csp.enrollment.notification.notice.NoticeReason;
import csp.enrollment.notification.notice.Recipient;
import csp.enrollment.notification.notice.Template;

import java.util.List;

/**
 * Reads what each partner-facing event tells the partner. Every event carries the company
 * and the admin, so each e-mail is built from its own event. Bank details are never read.
 */
final class PartnerNotices {

    private PartnerNotices() {
    }

    static Notice of(EnrollmentSubmitted event) {
        return new Notice(event.getMetadata().getEventId(), event.getMetadata().getEnrollmentId(),
                event.getMetadata().getOccurredAt(), Template.APPLICATION_RECEIVED, recipient(event.getAdmin()),
                event.getCompany().getLegalName(), event.getCompany().getAddress().getCountryCode(),
                kind(event.getEnrollmentType()), event.getMpnId(), null, null, List.of());
    }

    static Notice of(ReviewRequested event) {
        return notice(event.getMetadata(), Template.REVIEW_IN_PROGRESS, event.getPartner(),
                kind(event.getEnrollmentType()), event.getMpnId(), null, null, event.getReasons());
    }

    static Notice of(ProfileVerified event) {
        EnrollmentKind kind = kind(event.getEnrollmentType());
        return notice(event.getMetadata(), Template.forVerifiedProfile(kind), event.getPartner(), kind,
                event.getMpnId(), event.getMarket(), event.getCurrency(), event.getWarnings());
    }

    static Notice of(ProfileRejected event) {
        return notice(event.getMetadata(), Template.PROFILE_REJECTED, event.getPartner(),
                kind(event.getEnrollmentType()), event.getMpnId(), null, null, event.getReasons());
    }

    /** Only direct bill partners have a credit check. */
    static Notice of(CreditCheckPassed event) {
        return notice(event.getMetadata(), Template.CREDIT_CHECK_PASSED, event.getPartner(), EnrollmentKind.DIRECT_BILL,
                event.getMpnId(), null, null, List.of());
    }

    static Notice of(CreditCheckFailed event) {
        return notice(event.getMetadata(), Template.CREDIT_CHECK_FAILED, event.getPartner(), EnrollmentKind.DIRECT_BILL,
                event.getMpnId(), null, null, event.getReasons());
    }

    /** The welcome: market and currency when intake knew them. */
    static Notice of(EnrollmentCompleted event) {
        EnrollmentKind kind = kind(event.getEnrollmentType());
        return notice(event.getMetadata(), Template.forCompletedEnrollment(kind), event.getPartner(), kind,
                event.getMpnId(), event.getMarket(), event.getCurrency(), List.of());
    }

    /**
     * Only a direct bill enrollment moves; the e-mail is about the old one and names the
     * new one.
     */
    static Notice of(EnrollmentTransitioned event) {
        EventMetadata metadata = event.getMetadata();
        PartnerContact partner = event.getPartner();
        return new Notice(metadata.getEventId(), metadata.getEnrollmentId(), metadata.getOccurredAt(),
                Template.TRANSITION_TO_INDIRECT, recipient(partner.getAdmin()), partner.getLegalName(),
                partner.getCountryCode(), EnrollmentKind.DIRECT_BILL, event.getMpnId(), null, null, List.of(),
                List.of(), event.getNewEnrollmentId());
    }

    private static Notice notice(EventMetadata metadata, Template template, PartnerContact partner, EnrollmentKind kind,
            String mpnId, String market, String currency, List<Reason> reasons) {
        return new Notice(metadata.getEventId(), metadata.getEnrollmentId(), metadata.getOccurredAt(), template,
                recipient(partner.getAdmin()), partner.getLegalName(), partner.getCountryCode(), kind, mpnId, market,
                currency, reasons(reasons));
    }

    private static Recipient recipient(Admin admin) {
        return new Recipient(admin.getFirstName(), admin.getLastName(), admin.getWorkEmail(),
                admin.getPreferredLanguage());
    }

    private static EnrollmentKind kind(EnrollmentType type) {
        return EnrollmentKind.valueOf(type.name());
    }

    private static List<NoticeReason> reasons(List<Reason> reasons) {
        return reasons == null ? List.of()
                : reasons.stream().map(reason -> new NoticeReason(reason.getCode(), reason.getMessage())).toList();
    }

}
