package csp.enrollment.notification.rendering;

import csp.enrollment.notification.notice.EnrollmentKind;
import csp.enrollment.notification.notice.MissingStep;
import csp.enrollment.notification.notice.Notice;
import csp.enrollment.notification.notice.NoticeReason;
import csp.enrollment.notification.notice.Recipient;
import csp.enrollment.notification.notice.Template;

import java.time.Instant;
import java.util.List;

/** A made-up event per template, to preview what partners will receive. */
public final class SampleNotices {

    private static final String ENROLLMENT_ID = "3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b";

    private static final String NEW_ENROLLMENT_ID = "8a7c6e5d-4b3a-4f2e-8d1c-0b9a8f7e6d5c";

    private static final Recipient ADMIN = new Recipient("Sanne", "de Vries", "sanne.devries@contoso.nl", "nl");

    private static final String COMPANY = "Contoso Cloud B.V.";

    private static final Instant SENT_AT = Instant.parse("2025-01-15T09:30:00Z");

    private SampleNotices() {
    }

    public static Notice of(Template template) {
        return switch (template) {
            case APPLICATION_RECEIVED, REVIEW_IN_PROGRESS ->
                notice(template, EnrollmentKind.DIRECT_BILL, null, null, List.of());
            case INDIRECT_RESELLER_VERIFIED ->
                notice(template, EnrollmentKind.INDIRECT_RESELLER, "Europe", "EUR", List.of());
            case DIRECT_BILL_VERIFIED -> notice(template, EnrollmentKind.DIRECT_BILL, "Europe", "EUR",
                    List.of(new NoticeReason("SUPPORT_PLAN_BEFORE_CREDIT_CHECK",
                            "A support plan was bought before the credit check passed."),
                            new NoticeReason("MANAGED_SERVICE_RECOMMENDED",
                                    "No managed service, IP service or customer solution was listed.")));
            case PROFILE_REJECTED -> notice(template, EnrollmentKind.DIRECT_BILL, null, null,
                    List.of(new NoticeReason("REVENUE_BELOW_MINIMUM",
                            "CSP cloud revenue USD 250,000.00 is below USD 300,000.00."),
                            new NoticeReason("WORK_EMAIL_REQUIRED", "gmail.com is a consumer mail domain.")));
            case CREDIT_CHECK_PASSED -> notice(template, EnrollmentKind.DIRECT_BILL, null, null, List.of());
            case CREDIT_CHECK_FAILED -> notice(template, EnrollmentKind.DIRECT_BILL, null, null,
                    List.of(new NoticeReason("CREDIT_SCORE_TOO_LOW", "Credit score 42 is below the minimum of 60.")));
            case INDIRECT_RESELLER_WELCOME ->
                notice(template, EnrollmentKind.INDIRECT_RESELLER, "Europe", "EUR", List.of());
            case DIRECT_BILL_WELCOME -> notice(template, EnrollmentKind.DIRECT_BILL, "Europe", "EUR", List.of());
            case ENROLLMENT_REMINDER -> new Notice(ENROLLMENT_ID, ENROLLMENT_ID, SENT_AT, template, ADMIN, COMPANY,
                    "NL", EnrollmentKind.DIRECT_BILL, "4412345", "Europe", "EUR", List.of(),
                    List.of(MissingStep.MICROSOFT_PARTNER_AGREEMENT, MissingStep.SUPPORT_PLAN), null);
            case TRANSITION_TO_INDIRECT ->
                new Notice("sample-" + template.slug(), ENROLLMENT_ID, SENT_AT, template, ADMIN, COMPANY, "NL",
                        EnrollmentKind.DIRECT_BILL, "4412345", null, null, List.of(), List.of(), NEW_ENROLLMENT_ID);
        };
    }

    private static Notice notice(Template template, EnrollmentKind kind, String market, String currency,
            List<NoticeReason> reasons) {
        return new Notice("sample-" + template.slug(), ENROLLMENT_ID, SENT_AT, template, ADMIN, COMPANY, "NL", kind,
                "4412345", market, currency, reasons);
    }

}
